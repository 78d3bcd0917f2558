/**
 * The marked sets and how their excerpts become units: one place, so the scorer, the agreement of two
 * coders and the blind-set builder all locate a quote the same way.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')

/** One marked span of an entry, referenced by quote (the n-th occurrence when it repeats). */
export type ExpectedSpan = { quote: string; factorId: string; occurrence?: number }

/** One hand-marked excerpt of a real text. */
export type EvalEntry = {
  id: string
  lang: LanguageTag
  source: string
  lines: [number, number]
  text: string
  expected: ExpectedSpan[]
  note?: string
}

/** A first line that makes an excerpt's heading the article (the parts are its norms). */
export const HEADING =
  /^(?:#+\s*)?(?:Статья \d+|\d+(?:\.\d+)?-(?:modda|модда)|(?:SEC\.|Sec\.|Section|SECTION) \d+|§ \d+(?:\.\d+)?)/

/** Splits an excerpt into units: blank lines separate units; a heading line becomes the article. */
export function excerptUnits(entry: Pick<EvalEntry, 'id' | 'text'>): Unit[] {
  const parts = entry.text.split('\n\n')
  const headed = HEADING.test(parts[0])
  const rootId = `${entry.id}.0`
  const units: Unit[] = headed
    ? []
    : [{ id: rootId, kind: 'article', number: null, label: '', parentId: null, text: '' }]
  parts.forEach((text, i) => {
    const isHead = headed && i === 0
    units.push({
      id: `${entry.id}.${i + 1}`,
      kind: isHead ? 'article' : 'part',
      number: null,
      label: `${entry.id} ¶${i + 1}`,
      parentId: isHead ? null : headed ? `${entry.id}.1` : rootId,
      text,
    })
  })
  return units
}

/** The norms of an excerpt (CONVENTION.md): its parts, without the heading or the empty root. */
export function norms(units: Unit[]): Unit[] {
  return units.filter((u) => u.kind === 'part')
}

/** Where a span lies in an excerpt's units. */
export type Located = { unitId: string; start: number; end: number }

/** Where a quote lies: the unit and offsets of its n-th occurrence (0-based) across the excerpt. */
export function locate(units: Unit[], quote: string, occurrence = 0): Located {
  let seen = 0
  for (const u of units) {
    for (let at = u.text.indexOf(quote); at >= 0; at = u.text.indexOf(quote, at + 1)) {
      if (seen++ === occurrence) return { unitId: u.id, start: at, end: at + quote.length }
    }
  }
  throw new Error(`Quote not found: ${quote}`)
}

/** The development sets in fixtures/detector (the rules were tuned on all of them). */
export type DevSetName = 'eval.json' | 'holdout.json' | 'independent.json' | 'fresh.json'

/** Entries of a set file: `{entries: [...]}` like fresh.json, or a bare array. */
export function readEntries(path: string): EvalEntry[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as EvalEntry[] | { entries: EvalEntry[] }
  return Array.isArray(raw) ? raw : raw.entries
}

/** Loads a marked set from fixtures/detector. */
export function loadSet(name: DevSetName): EvalEntry[] {
  return readEntries(join(ROOT, 'fixtures/detector', name))
}

/** The act's text after the fixture header (the `---` line). */
export function fixtureBody(file: string): string {
  const raw = readFileSync(join(ROOT, 'fixtures', file), 'utf8')
  const at = raw.indexOf('\n---\n')
  return at >= 0 ? raw.slice(at + 5) : raw
}

/** Line-per-unit split with articles as parents, standing in for the structure parser. */
export function lawUnits(body: string): Unit[] {
  const units: Unit[] = []
  let article: string | null = null
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const id = `l${i + 1}`
    const isArticle = HEADING.test(line)
    if (isArticle) article = id
    units.push({
      id,
      kind: isArticle ? 'article' : article ? 'part' : 'text',
      number: null,
      label: id,
      parentId: isArticle ? null : article,
      text: line,
    })
  })
  return units
}
