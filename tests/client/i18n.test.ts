/**
 * Catalogue completeness: every namespace exists in all four languages with the same keys (plural
 * forms as each language needs them), no empty strings, the same {{variables}}; and every literal
 * `t('…')` key used in client code exists in its namespace.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const LOCALES = join(ROOT, 'client', 'i18n', 'locales')
const TAGS = ['en', 'ru', 'uz-Latn', 'uz-Cyrl'] as const
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

type Flat = Map<string, string>

function flatten(obj: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  } else out.set(prefix, typeof obj === 'string' ? obj : JSON.stringify(obj))
  return out
}

function load(): Map<string, Map<string, Flat>> {
  const byNs = new Map<string, Map<string, Flat>>()
  for (const tag of readdirSync(LOCALES)) {
    for (const file of readdirSync(join(LOCALES, tag))) {
      if (!file.endsWith('.json')) continue
      const ns = file.slice(0, -5)
      const flat = flatten(JSON.parse(readFileSync(join(LOCALES, tag, file), 'utf8')))
      if (!byNs.has(ns)) byNs.set(ns, new Map())
      byNs.get(ns)?.set(tag, flat)
    }
  }
  return byNs
}

const baseKey = (k: string) => k.replace(PLURAL_SUFFIX, '')
const vars = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort()

const catalogues = load()

describe('catalogues', () => {
  it('has exactly the four language folders', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...TAGS].sort())
  })

  for (const [ns, byTag] of catalogues) {
    describe(`namespace ${ns}`, () => {
      it('exists in every language', () => {
        expect([...byTag.keys()].sort()).toEqual([...TAGS].sort())
      })

      it('has the same keys in every language, with each language’s plural forms', () => {
        const all = new Set<string>()
        for (const flat of byTag.values()) for (const k of flat.keys()) all.add(baseKey(k))
        const problems: string[] = []
        for (const tag of TAGS) {
          const flat = byTag.get(tag) ?? new Map()
          const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories
          for (const key of all) {
            const pluralInAny = [...byTag.values()].some((f) =>
              [...f.keys()].some((k) => k !== key && baseKey(k) === key),
            )
            if (pluralInAny) {
              for (const c of categories)
                if (!flat.has(`${key}_${c}`)) problems.push(`${tag}:${ns}:${key}_${c}`)
            } else if (!flat.has(key)) problems.push(`${tag}:${ns}:${key}`)
          }
        }
        expect(problems, `missing keys`).toEqual([])
      })

      it('has no empty strings and the same {{variables}} as English', () => {
        const en = byTag.get('en') ?? new Map()
        const problems: string[] = []
        for (const tag of TAGS) {
          for (const [k, v] of byTag.get(tag) ?? []) {
            if (!v.trim()) problems.push(`${tag}:${ns}:${k} is empty`)
            const ref = en.get(k) ?? en.get(`${baseKey(k)}_other`)
            if (ref !== undefined && JSON.stringify(vars(v)) !== JSON.stringify(vars(ref))) {
              problems.push(`${tag}:${ns}:${k} variables ${vars(v)} ≠ ${vars(ref)}`)
            }
          }
        }
        expect(problems).toEqual([])
      })
    })
  }
})

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p))
    else if (/\.tsx?$/.test(name)) out.push(p)
  }
  return out
}

/** Does `ns:key` exist (directly, as a plural, or — for a template prefix — as a nested object)? */
function exists(ns: string, key: string, prefix = false): boolean {
  const flat = catalogues.get(ns)?.get('en')
  if (!flat) return false
  if (prefix) return [...flat.keys()].some((k) => k.startsWith(key))
  return flat.has(key) || [...flat.keys()].some((k) => baseKey(k) === key && k !== key)
}

describe('keys used in client code', () => {
  const files = sourceFiles(join(ROOT, 'client'))
  it('finds client sources to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it('every literal t() key exists in the English catalogue of its namespace', () => {
    const problems: string[] = []
    let checked = 0
    for (const file of files) {
      const src = readFileSync(file, 'utf8')
      const nsList = [...src.matchAll(/useTranslation\(\s*(?:'([\w-]+)'|\[\s*'([\w-]+)')/g)].map(
        (m) => m[1] ?? m[2] ?? 'common',
      )
      const namespaces = nsList.length ? [...new Set(nsList)] : ['common']
      const calls = [
        ...[...src.matchAll(/\bt\(\s*'([^'$]+)'/g)].map((m) => ({ key: m[1] as string, prefix: false })),
        ...[...src.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)].map((m) => ({ key: m[1] as string, prefix: true })),
      ]
      for (const { key, prefix } of calls) {
        if (prefix && !key) continue
        checked++
        const [ns, k] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [null, key]
        const ok = ns ? exists(ns, k, prefix) : namespaces.some((n) => exists(n, k, prefix))
        if (!ok) problems.push(`${relative(ROOT, file)}: ${key}${prefix ? '…' : ''}`)
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(problems).toEqual([])
  })
})
