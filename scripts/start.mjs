#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources (the client with Vite, the server with
// esbuild), then run the bundled server in production mode. Signals are forwarded so SIGTERM reaches
// the server, which saves everything before exiting.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
const child = spawn(process.execPath, [...flags, serverEntry], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
})
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
