import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { beforeFileSchema, blindPaths } from '../../../scripts/detector-eval/blindFiles.js'
import { blindRow, blindSection } from '../../../scripts/detector-eval/blindSection.js'
import { defaultPack } from '../../../scripts/detector-eval/pack.js'
import { evaluate, falseAlarms, type Suggest } from '../../../scripts/detector-eval/scoring.js'
import type { EvalEntry } from '../../../scripts/detector-eval/sets.js'
import type { Suggestion } from '../../../shared/detector/index.js'
import { ENTRIES } from './fixtures.js'

const pack = defaultPack()

/** A fixed "detector": one suggestion per [unit, quote, factor]. */
const fixed =
  (hits: [string, string, string][]): Suggest =>
  (units) =>
    hits.flatMap(([unitId, quote, factorId]) => {
      const u = units.find((x) => x.id === unitId)
      if (!u) return []
      const start = u.text.indexOf(quote)
      return [
        {
          unitId,
          start,
          end: start + quote.length,
          quote,
          factorId,
          marker: 'test',
          explanation: '',
        } as Suggestion,
      ]
    })

const marked: EvalEntry[] = [
  {
    ...ENTRIES[0],
    expected: [
      { quote: 'may revoke', factorId: 'may-formula' },
      { quote: 'if he thinks fit', factorId: 'broad-discretion' },
    ],
  },
  { ...ENTRIES[1], expected: [{ quote: 'relevant authority', factorId: 'duplicated-powers' }] },
]

describe('strict and any-factor scoring', () => {
  const suggest = fixed([
    ['t-en-1.2', 'Secretary may', 'may-formula'], // right factor, overlapping
    ['t-en-1.3', 'thinks fit', 'legal-linguistic-uncertainty'], // overlapping, another factor
    ['t-en-1.1', 'Licences', 'no-deadline'], // on the heading
    ['t-en-2.2', 'fee', 'tax-fee-procedure'], // unmarked norm
  ])

  it('counts a right-factor overlap as found, another factor only as found with any factor', () => {
    const en = evaluate(marked, pack, suggest).byLang.en
    expect(en).toMatchObject({ tp: 1, fp: 3, fn: 2, foundAny: 2 })
    expect(en.recall).toBeCloseTo(1 / 3, 10)
    expect(en.recallAny).toBeCloseTo(2 / 3, 10)
    expect(en.precision).toBeCloseTo(1 / 4, 10)
    const factor = evaluate(marked, pack, suggest).byFactor
    expect(factor['broad-discretion|en']).toMatchObject({ tp: 0, fn: 1, foundAny: 1, recallAny: 1 })
  })

  it('counts false alarms per unmarked norm; the heading is a norm only for the older sets', () => {
    // unmarked: heading, "This Act may be cited", "A fee …" → 2 alarmed of 3; without the heading 1 of 2
    expect(falseAlarms(marked, pack, false, suggest)[0]).toMatchObject({ clean: 3, alarmed: 2 })
    expect(falseAlarms(marked, pack, true, suggest)[0]).toMatchObject({ clean: 2, alarmed: 1, rate: 0.5 })
  })
})

describe('the blind section of docs/detector.md', () => {
  it('is absent until blind.json exists, then shows the figures, the agreement and the before row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shaffof-blind-report-'))
    mkdirSync(join(dir, 'blind'))
    const paths = blindPaths(dir)
    expect(blindSection(pack, paths)).toEqual([])
    writeFileSync(paths.blindSet, JSON.stringify({ entries: marked }))
    writeFileSync(
      paths.agreement,
      JSON.stringify({
        coders: ['Aziza', 'Boris'],
        byLang: { en: { norms: 5, spansA: 3, spansB: 2, f1: 0.8, f1Any: 0.9, kappa: 0.55, observed: 0.8 } },
        disagreements: 1,
        kept: 3,
      }),
    )
    writeFileSync(
      paths.before,
      JSON.stringify({
        rulesCommit: 'fb1280c',
        byLang: { en: { precision: 0.5, recall: 0.25, recallAny: 0.5, falseAlarmRate: 0.05 } },
      }),
    )
    const md = blindSection(pack, paths).join('\n')
    expect(md).toMatch(/^## Blind set \(marked by two coders by CONVENTION\.md/)
    expect(md).toContain('| en | 5 | 3 | 2 | 0.80 | 0.90 | 0.80 | 0.55 |')
    expect(md).toContain('| before round 5 (rules as of fb1280c) | – | – | – | 0.50 / 0.25 / 0.50 / 0.05 |')
    // the verdict comes from the live rules on the synthetic set, so either answer may be right
    expect(md).toMatch(/The recall goal \(≥ 0\.85(?: in every language)?\)\*{0,2} is (?:not )?met/)
    expect(md).toContain('### Per source act')
    expect(md).toMatch(/\| en \| [^|]+ \| \d+ \| \d+ \| /)
    expect(md).not.toContain('Errors')
  })
})

describe('the before row', () => {
  it('npm run eval:detector -- --write-before scores the blind set with the rules checked out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shaffof-blind-before-'))
    mkdirSync(join(dir, 'blind'))
    const paths = blindPaths(dir)
    writeFileSync(paths.blindSet, JSON.stringify({ entries: marked }))
    const root = join(import.meta.dirname, '../../..')
    await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/eval-detector.ts'), '--write-before', 'abc1234', '--dir', dir],
      { cwd: root, timeout: 60_000 },
    )
    const before = beforeFileSchema.parse(JSON.parse(readFileSync(paths.before, 'utf8')))
    expect(before.rulesCommit).toBe('abc1234')
    expect(before.byLang.en).toEqual(blindRow(pack, marked).en)
    expect(Object.keys(before.byLang)).toEqual(['en'])
  }, 90_000)
})
