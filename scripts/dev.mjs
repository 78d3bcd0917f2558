#!/usr/bin/env node
// `npm run dev`: the API server under `tsx watch` and the Vite dev server together. Vite proxies
// /api and /collab to the server; the server allows the Vite origin for CORS and WebSocket upgrades.
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const env = {
  ...process.env,
  ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173,http://127.0.0.1:5173',
}
const children = [
  spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'watch', 'server/index.ts'],
    { cwd: root, stdio: 'inherit', env },
  ),
  spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js')], {
    cwd: root,
    stdio: 'inherit',
    env,
  }),
]
let exiting = false
const stop = (signal) => {
  if (exiting) return
  exiting = true
  for (const child of children) if (child.exitCode === null) child.kill(signal)
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal))
for (const child of children) {
  child.on('exit', (code) => {
    stop('SIGTERM')
    process.exitCode = code ?? 0
  })
}
