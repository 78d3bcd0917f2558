#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources (the client with Vite, the server with
// esbuild, each in a child process that exits when done), then become the server: the bundle is
// imported into this very process, so one Node process serves and nothing stays behind as a launcher.
// The server handles SIGTERM/SIGINT itself (saves every room and the metadata, then exits).
//
// The production Node flags (server/node-flags.json) have to be in effect from start-up — V8 sizes
// its young generation when the heap is made — so package.json's start script puts them on this
// script's own command line (tests/e2e/start.test.ts keeps the two in step). Run directly without
// them, this still serves in one process and says which flags are missing.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Newest modification time under the given folders (0 when none exist). */
function newest(...dirs) {
  let t = 0
  for (const dir of dirs) {
    if (!existsSync(dir)) continue
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name)
      t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
    }
  }
  return t
}

function builtAt(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0
}

function run(args, what) {
  console.log(`${what}…`)
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const shared = join(root, 'shared')
if (builtAt(join(root, 'dist', 'index.html')) < newest(join(root, 'client'), shared)) {
  run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], 'Building the client')
}
const serverEntry = join(root, 'dist-server', 'index.js')
if (builtAt(serverEntry) < newest(join(root, 'server'), shared)) {
  run([join(root, 'scripts', 'build-server.mjs')], 'Building the server')
}

const { flags } = JSON.parse(readFileSync(join(root, 'server', 'node-flags.json'), 'utf8'))
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
const missing = flags.filter((f) => !given.includes(f))
if (missing.includes('--enable-source-maps')) process.setSourceMapsEnabled(true)
const heapFlags = missing.filter((f) => f !== '--enable-source-maps')
if (heapFlags.length)
  console.warn(
    `Serving without ${heapFlags.join(' ')} (they only take effect on the command line; use npm start).`,
  )

process.chdir(root)
process.env.NODE_ENV = 'production'
await import(pathToFileURL(serverEntry).href)
