/**
 * Build the client once before the suite when dist/ is missing or older than the client sources, so
 * browser tests always exercise the current UI. The build goes to a temp folder that replaces dist/ in
 * one rename, so a server that is serving dist/ meanwhile never sees it half-empty.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { clusterMode, startSharedServers } from './clusterMode.js'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p))
    else newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

/** The production server bundle (scripts/build-server.mjs), rebuilt when server or shared code is newer. */
function buildServer(root: string): void {
  const entry = join(root, 'dist-server', 'index.js')
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0
  if (built >= Math.max(newestMtime(join(root, 'server')), newestMtime(join(root, 'shared')))) return
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.mjs')], { cwd: root, stdio: 'inherit' })
}

/**
 * Build what is stale; under SHAFFOF_E2E_CLUSTER also start the one PostgreSQL and Redis every test
 * process shares (their URLs go to the workers through the environment) and stop them at the end.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const root = join(import.meta.dirname, '..', '..')
  buildServer(root)
  buildClient(root)
  return clusterMode ? startSharedServers() : undefined
}

function buildClient(root: string): void {
  const dist = join(root, 'dist')
  const index = join(dist, 'index.html')
  if (!existsSync(join(root, 'client', 'index.html'))) return
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  const sources = Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'shared')))
  if (built >= sources) return
  const fresh = join(root, `.dist-build-${process.pid}`)
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', fresh, '--emptyOutDir'],
    {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would give React's development build; test what users get.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  const old = join(root, `.dist-old-${process.pid}`)
  if (existsSync(dist)) renameSync(dist, old)
  renameSync(fresh, dist)
  rmSync(old, { recursive: true, force: true })
}
