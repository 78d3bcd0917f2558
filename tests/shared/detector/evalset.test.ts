import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  type EvalEntry,
  evaluate,
  excerptUnits,
  floodReport,
  loadSet,
} from '../../../scripts/eval-detector.js'
import { builtinPacks } from '../../../shared/methodology/index.js'
import { transliterate } from '../../../shared/translit/index.js'
import { expectPositivesAndNegatives } from './hits.js'

const root = join(import.meta.dirname, '../../..')
const set = JSON.parse(readFileSync(join(root, 'fixtures/detector/eval.json'), 'utf8')) as {
  entries: EvalEntry[]
}
const uz = builtinPacks()[0]

describe('the detector evaluation set', () => {
  it('quotes real fixture text verbatim, line for line', () => {
    for (const e of set.entries) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      const lines = raw.slice(e.lines[0] - 1, e.lines[1])
      expect(e.text.split(/\n\n?/), e.id).toEqual(lines)
      for (const x of e.expected) expect(e.text, `${e.id}: ${x.quote}`).toContain(x.quote)
      for (const x of e.expected)
        expect(
          uz.factors.some((f) => f.id === x.factorId),
          x.factorId,
        ).toBe(true)
    }
  })

  it('has positive and negative excerpts in each language and script', () => {
    expectPositivesAndNegatives(set.entries)
  })

  it('splits an excerpt with a heading into an article and its parts', () => {
    const units = excerptUnits({ id: 'x', text: '13-modda. Sarlavha\n\nBirinchi qism.\n\nIkkinchi qism.' })
    expect(units.map((u) => [u.kind, u.parentId])).toEqual([
      ['article', null],
      ['part', 'x.1'],
      ['part', 'x.1'],
    ])
  })

  it('meets the targets: precision ≥ 0.6 and recall ≥ 0.7 in every language', () => {
    const { byLang } = evaluate(set.entries, uz)
    for (const lang of ['uz-Latn', 'uz-Cyrl', 'ru', 'en']) {
      expect(byLang[lang].precision ?? 0, lang).toBeGreaterThanOrEqual(0.6)
      expect(byLang[lang].recall ?? 0, lang).toBeGreaterThanOrEqual(0.7)
    }
  })

  it('does not flood: at most three suggestions per article on the real laws', () => {
    for (const f of floodReport(uz).filter((x) => x.pinned))
      if (f.perArticle !== null) expect(f.perArticle, f.file).toBeLessThanOrEqual(3)
  })
})

describe('the held-out set (fixtures/detector/holdout.json)', () => {
  const held = loadSet('holdout.json') as (EvalEntry & { converted?: { from: string } })[]

  it('holds whole articles of real text, verbatim or transliterated by shared/translit', () => {
    for (const e of held) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      const lines = raw.slice(e.lines[0] - 1, e.lines[1])
      const expected = e.converted ? lines.map((l) => transliterate(l, 'uz-Cyrl')) : lines
      expect(e.text.split(/\n\n?/), e.id).toEqual(expected)
      if (e.converted) expect(held.some((x) => x.id === e.converted?.from)).toBe(true)
      for (const x of e.expected) {
        expect(e.text.split(x.quote).length - 1, `${e.id}: ${x.quote}`).toBeGreaterThan(x.occurrence ?? 0)
        expect(
          uz.factors.some((f) => f.id === x.factorId),
          x.factorId,
        ).toBe(true)
      }
    }
  })

  it('does not reuse a line of the development set', () => {
    const seen = new Set(set.entries.flatMap((e) => rangeOf(e.source, e.lines)))
    for (const e of held)
      for (const line of rangeOf(e.source, e.lines)) expect(seen.has(line), `${e.id} ${line}`).toBe(false)
  })

  it('has positives and negatives in every language', () => {
    expectPositivesAndNegatives(held)
  })

  // A regression guard only: the set informed the second round of rules (GUIDE.md), so passing it
  // no longer proves quality on unseen text.
  it('stays at precision ≥ 0.6 and recall ≥ 0.7 in every language', () => {
    const { byLang } = evaluate(held, uz)
    for (const lang of ['uz-Latn', 'uz-Cyrl', 'ru', 'en']) {
      expect(byLang[lang].precision ?? 0, lang).toBeGreaterThanOrEqual(0.6)
      expect(byLang[lang].recall ?? 0, lang).toBeGreaterThanOrEqual(0.7)
    }
  })
})

/** "file:line" keys of a line range. */
function rangeOf(source: string, [from, to]: [number, number]): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${source}:${from + i}`)
}
