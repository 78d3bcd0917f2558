import { defineConfig } from 'vitest/config'

// The long reliability scenarios (issue 11): crash storms, long fuzzing, offline sessions.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
    globalSetup: ['tests/e2e/globalSetup.ts'],
  },
})
