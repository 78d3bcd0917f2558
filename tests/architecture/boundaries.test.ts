/**
 * The arrows the design forbids, read from the imports of every source file (docs/architecture.md):
 * - client → server, except `import type` (the client runs in the browser; it may share types only);
 * - shared → client or server (shared code is imported by both and depends on neither);
 * - routes → storage writes (routes validate, authorize and present; commands change the store), and
 *   routes touching `meta.data` / `meta.update` directly;
 * - storage → HTTP (storage knows nothing of routes, middleware or Hono), and storage or importers →
 *   HTTP errors (they throw domain errors; the error handler picks the status);
 * - a handler reading its own JSON body or query string, or casting a status: the route table
 *   (`server/routes/route.ts`) parses both with the row's schemas and sends the row's status;
 * - client code calling the server outside a feature's `api.ts` or `client/api/`, or redeclaring a
 *   shape `shared/domain` exports.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** One import of a file: what it names, where it points, and whether it is type-only. */
type ImportEdge = { file: string; spec: string; target: string; typeOnly: boolean; names: string[] }

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

// `import x from '…'`, `import type {…} from '…'`, `export {…} from '…'`, `export * from '…'`,
// `import '…'` and `import('…')`; comments are stripped first so examples in prose do not count.
const STATIC = /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g
const BARE = /(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** The imports of one file, relative targets resolved to a path from the repository root. */
function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): ImportEdge[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  const edge = (spec: string, typeOnly: boolean, clause = ''): ImportEdge => {
    const target = spec.startsWith('.')
      ? relative(ROOT, resolve(ROOT, dirname(file), spec))
          .split(sep)
          .join('/')
      : spec
    const inner = /\{([^}]*)\}/.exec(clause)?.[1] ?? ''
    const names = inner
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
    const allTypes = names.length > 0 && names.every((n) => n.startsWith('type '))
    return {
      file,
      spec,
      target,
      typeOnly: typeOnly || allTypes,
      names: names.map((n) => n.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!),
    }
  }
  const out: ImportEdge[] = []
  for (const m of code.matchAll(STATIC)) out.push(edge(m[4]!, Boolean(m[2]), m[3]))
  for (const m of code.matchAll(BARE)) out.push(edge(m[1]!, false))
  for (const m of code.matchAll(DYNAMIC)) out.push(edge(m[1]!, false))
  return out
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`)
const show = (e: ImportEdge) => `${e.file} → ${e.spec}`

const CLIENT = sourceFiles('client')
const SHARED = sourceFiles('shared')
const SERVER = sourceFiles('server')

/** Storage functions that change the store, by their verb. */
const WRITES = /^(insert|patch|delete|create|set|append|end|remove|update|save|write|store|pin|put)[A-Z]/

describe('architecture boundaries', () => {
  it('reads the imports it checks', () => {
    expect(CLIENT.length).toBeGreaterThan(50)
    expect(SHARED.length).toBeGreaterThan(30)
    expect(SERVER.length).toBeGreaterThan(50)
    const sample = importsOf(
      'x/y/z.ts',
      "import type { A } from '../a.js'\nimport { b, type C } from '../../b'\n",
    )
    expect(sample.map((e) => [e.target, e.typeOnly, e.names])).toEqual([
      ['x/a.js', true, ['A']],
      ['b', false, ['b', 'C']],
    ])
  })

  it('client imports nothing from server except types', () => {
    const bad = CLIENT.flatMap((f) => importsOf(f)).filter((e) => under(e.target, 'server') && !e.typeOnly)
    expect(bad.map(show)).toEqual([])
  })

  it('shared imports nothing from client or server', () => {
    const bad = SHARED.flatMap((f) => importsOf(f)).filter(
      (e) => under(e.target, 'server') || under(e.target, 'client'),
    )
    expect(bad.map(show)).toEqual([])
  })

  it('routes change the store only through commands', () => {
    const routes = SERVER.filter((f) => under(f, 'server/routes'))
    const writes = routes
      .flatMap((f) => importsOf(f))
      .filter((e) => under(e.target, 'server/storage') && !e.typeOnly)
      .flatMap((e) => e.names.filter((n) => WRITES.test(n)).map((n) => `${show(e)} (${n})`))
    expect(writes).toEqual([])
    const direct = routes.filter((f) => /\bmeta\.(data|update)\b/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(direct).toEqual([])
  })

  it('only storage touches the metadata document', () => {
    const outside = SERVER.filter((f) => !under(f, 'server/storage')).filter((f) =>
      /\b(meta|store)\.data\b/.test(readFileSync(join(ROOT, f), 'utf8')),
    )
    expect(outside).toEqual([])
  })

  it('storage knows nothing of HTTP', () => {
    const bad = SERVER.filter((f) => under(f, 'server/storage'))
      .flatMap((f) => importsOf(f))
      .filter(
        (e) =>
          under(e.target, 'server/http') ||
          under(e.target, 'server/routes') ||
          under(e.target, 'server/app.ts') ||
          e.spec === 'hono' ||
          e.spec.startsWith('hono/') ||
          e.spec.startsWith('@hono/'),
      )
    expect(bad.map(show)).toEqual([])
  })

  it('storage and importers throw domain errors, not HTTP ones', () => {
    const bad = SERVER.filter((f) => under(f, 'server/storage') || under(f, 'server/importers'))
      .flatMap((f) => importsOf(f))
      .filter((e) => e.target === 'server/errors.js' || e.target === 'server/errors')
    expect(bad.map(show)).toEqual([])
  })

  it('only the route table reads a JSON body or query string, and no status is cast', () => {
    const handlers = SERVER.filter(
      (f) => (under(f, 'server/routes') || under(f, 'server/commands')) && f !== 'server/routes/route.ts',
    )
    const reads = handlers.filter((f) =>
      /\breadJson\b|\breadQuery\b|\.req\.json\(|\.req\.query\(/.test(readFileSync(join(ROOT, f), 'utf8')),
    )
    expect(reads).toEqual([])
    const casts = SERVER.filter((f) => /\bas [1-5]\d\d\b/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(casts).toEqual([])
  })
})

/** A file's code without comments (so prose that mentions `fetch(` does not count). */
const codeOf = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('client boundaries', () => {
  // Each feature's HTTP calls live in its `api.ts` (typed by the shared shapes); `client/api/` is the
  // one HTTP client. Components and hooks call those functions, never the network themselves.
  it('only api modules call the server', () => {
    const callers = CLIENT.filter((f) => !under(f, 'client/api') && !f.endsWith('/api.ts'))
    const imports = callers
      .flatMap((f) => importsOf(f))
      .filter((e) => e.target === 'client/api/client' && e.names.includes('api'))
      .map(show)
    expect(imports).toEqual([])
    const direct = callers.filter((f) => /\bfetch\(|\bXMLHttpRequest\b|\bnew EventSource\(/.test(codeOf(f)))
    expect(direct).toEqual([])
  })

  it('never redeclares a shape shared/domain exports', () => {
    const shared = new Set(
      sourceFiles('shared/domain').flatMap((f) =>
        [...codeOf(f).matchAll(/export (?:type|const|interface) (\w+)/g)].map((m) => m[1]!),
      ),
    )
    expect(shared.has('ReviewView')).toBe(true)
    const redeclared = CLIENT.flatMap((f) =>
      [...codeOf(f).matchAll(/(?:^|\n)\s*(?:export )?(?:type|interface) (\w+)\s*(?:=\s*)?\{/g)]
        .map((m) => m[1]!)
        .filter((name) => shared.has(name))
        .map((name) => `${f}: ${name}`),
    )
    expect(redeclared).toEqual([])
  })
})
