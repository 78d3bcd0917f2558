import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBlindSet } from '../../../scripts/detector-eval/blindBuild.js'
import { withConvertedCyrillic } from '../../../scripts/detector-eval/blindConvert.js'
import {
  adjudicationSchema,
  BLIND_SETS,
  blindPaths,
  readCoderPair,
  readValidated,
} from '../../../scripts/detector-eval/blindFiles.js'
import { defaultPack } from '../../../scripts/detector-eval/pack.js'
import { type EvalEntry, ROOT, readEntries } from '../../../scripts/detector-eval/sets.js'

/**
 * The settled blind sets are what their files say: rebuilt from the entries, both coders' marks and the
 * adjudication, they give the committed set exactly, so nobody edited a mark by hand after settling.
 */
const pack = defaultPack()

describe.each(BLIND_SETS.filter((name) => existsSync(blindPaths(undefined, name).blindSet)))(
  'the settled blind set %s',
  (name) => {
    const paths = blindPaths(undefined, name)
    const committed = readEntries(paths.blindSet)

    it('is rebuilt exactly from the entries, the two coders and the adjudication', () => {
      const { entries, a, b } = readCoderPair(paths)
      const built = buildBlindSet(
        entries,
        a,
        b,
        readValidated(paths.adjudication, adjudicationSchema),
        pack.factors.map((f) => f.id),
      )
      expect(built.undecided).toEqual([])
      expect(committed).toEqual(withConvertedCyrillic(built.entries))
      expect(a.coder).not.toBe(b.coder)
    })

    it('quotes every marked span from its entry and has spans in every language', () => {
      for (const e of committed)
        for (const x of e.expected) expect(e.text.includes(x.quote), `${e.id}: ${x.quote}`).toBe(true)
      for (const lang of ['uz-Latn', 'uz-Cyrl', 'ru', 'en'])
        expect(
          committed.some((e) => e.lang === lang && e.expected.length > 0),
          lang,
        ).toBe(true)
    })

    it('takes its texts verbatim from the fixture acts', () => {
      for (const e of readEntries(paths.entries) as EvalEntry[]) {
        const raw = readFileSync(join(ROOT, 'fixtures', e.source), 'utf8').split('\n')
        const lines = raw.slice(e.lines[0] - 1, e.lines[1]).filter((l) => l.trim())
        expect(e.text.split('\n\n'), e.id).toEqual(lines)
      }
    })
  },
)

describe.each([
  ['blind2', ['blind/entries.json']],
  ['blind3', ['blind/entries.json', 'blind2/entries.json']],
] as const)('the later blind set %s', (name, earlier) => {
  it('shares no unit with the earlier blind sets or the development sets', () => {
    const path = blindPaths(undefined, name).entries
    if (!existsSync(path)) return
    const seen = new Set<string>()
    for (const file of ['eval.json', 'holdout.json', 'independent.json', 'fresh.json', ...earlier])
      for (const e of readEntries(join(ROOT, 'fixtures/detector', file)))
        for (const u of e.text.split('\n\n')) seen.add(u.trim())
    for (const e of readEntries(path))
      for (const u of e.text.split('\n\n').slice(1))
        expect(seen.has(u.trim()), `${e.id}: ${u.slice(0, 60)}`).toBe(false)
  })
})
