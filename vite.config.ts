import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// One config for the client build (Vite) and the test suite (Vitest).
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  resolve: {
    // Yjs and ProseMirror break when two copies load (yjs#438), so force one of each.
    dedupe: [
      'yjs',
      'y-protocols',
      'lib0',
      '@tiptap/y-tiptap',
      'prosemirror-model',
      'prosemirror-state',
      'prosemirror-view',
      'prosemirror-transform',
    ],
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/collab': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/reliability/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Browser tests share 2 CPUs with the servers they drive; on CI a test that fails is run up to twice
    // more, so a timing hiccup does not block a landing (a real break still fails all three runs).
    retry: process.env.CI ? 2 : 0,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
})
