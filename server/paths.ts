/**
 * Where the app lives on disk. The server runs from source (tsx, in tests and dev) and from the
 * production bundle in dist-server/; both find the repository root by walking up to our package.json,
 * so paths to the client build, the worker scripts and the version work from either place.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker, type WorkerOptions } from 'node:worker_threads'

function findAppRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'shaffof') return dir
    if (dirname(dir) === dir) throw new Error(`Shaffof's package.json was not found above ${start}`)
  }
}

/** The repository root (where package.json, dist/ and server/ are). */
export const APP_ROOT = findAppRoot(import.meta.dirname)

/** The app's semver, from package.json. */
export const APP_VERSION: string = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8')).version

/** A path under the app root. */
export function appPath(...segments: string[]): string {
  return join(APP_ROOT, ...segments)
}

/** A worker script of the importers, as a file URL for `new Worker`. */
export function importerWorker(file: 'docxWorker.mjs' | 'pdfWorker.mjs'): URL {
  return pathToFileURL(appPath('server', 'importers', file))
}

/** True when this module runs from TypeScript source (tests, `npm run dev`), not from dist-server/. */
const FROM_SOURCE = import.meta.url.endsWith('.ts')

/**
 * Start one of our TypeScript worker entries (server/workers/<name>.ts): the bundle's compiled copy
 * (dist-server/<name>.js, an entry of scripts/build-server.mjs), or the source through tsx.
 */
export function appWorker(name: 'renderReport' | 'detectSuggestions', options: WorkerOptions = {}): Worker {
  if (!FROM_SOURCE) return new Worker(new URL(`./${name}.js`, import.meta.url), options)
  return new Worker(new URL('./workers/tsBoot.mjs', import.meta.url), {
    ...options,
    workerData: { entry: new URL(`./workers/${name}.ts`, import.meta.url).href },
  })
}
