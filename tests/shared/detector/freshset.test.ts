import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinPacks } from '../../../shared/methodology/index.js'
import { transliterate } from '../../../shared/translit/index.js'
import { expectPositivesAndNegatives } from './hits.js'

/**
 * The fresh evaluation set (fixtures/detector/fresh.json) was marked before the detector was run
 * on it; these checks keep it honest: real lines only, no line shared with the older sets (which
 * the rules were tuned on), every web excerpt under its SOURCE line, valid factors.
 */
type Entry = {
  id: string
  lang: string
  source: string
  lines: [number, number]
  skipLines?: number[]
  converted?: { from: string }
  text: string
  expected: { quote: string; factorId: string }[]
}
const root = join(import.meta.dirname, '../../..')
const load = (name: string) =>
  (JSON.parse(readFileSync(join(root, 'fixtures/detector', name), 'utf8')) as { entries: Entry[] }).entries
const fresh = load('fresh.json')
const factors = new Set(builtinPacks()[0].factors.map((f) => f.id))

describe('the fresh evaluation set (fixtures/detector/fresh.json)', () => {
  it('quotes real lines verbatim (or their transliteration), with every quote and factor valid', () => {
    for (const e of fresh) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      const lines: string[] = []
      for (let n = e.lines[0]; n <= e.lines[1]; n++)
        if (!e.skipLines?.includes(n) && raw[n - 1].trim()) lines.push(raw[n - 1])
      const want = e.converted ? lines.map((l) => transliterate(l, 'uz-Cyrl')) : lines
      expect(e.text.split('\n\n'), e.id).toEqual(want)
      for (const x of e.expected) {
        expect(e.text.includes(x.quote), `${e.id}: ${x.quote}`).toBe(true)
        expect(factors.has(x.factorId), `${e.id}: ${x.factorId}`).toBe(true)
      }
    }
  })

  it('shares no line with the sets the rules were written or tuned on', () => {
    const used = new Set<string>()
    for (const name of ['eval.json', 'holdout.json', 'independent.json'])
      for (const e of load(name)) for (let n = e.lines[0]; n <= e.lines[1]; n++) used.add(`${e.source}:${n}`)
    for (const e of fresh)
      for (let n = e.lines[0]; n <= e.lines[1]; n++)
        if (!e.skipLines?.includes(n))
          expect(used.has(`${e.source}:${n}`), `${e.id} reuses line ${n}`).toBe(false)
  })

  it('takes each web excerpt from one block that names its source', () => {
    for (const e of fresh.filter((x) => x.source.startsWith('detector/web/'))) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      let n = e.lines[0] - 1
      while (n > 0 && raw[n - 1].trim() && !raw[n - 1].startsWith('SOURCE: ')) n--
      expect(raw[n - 1]?.startsWith('SOURCE: http'), e.id).toBe(true)
      for (let k = e.lines[0]; k <= e.lines[1]; k++) expect(raw[k - 1].trim(), `${e.id}:${k}`).not.toBe('')
    }
  })

  it('holds at least 150 norms, with marked spans and clean norms in every language', () => {
    expect(fresh.reduce((n, e) => n + e.text.split('\n\n').length, 0)).toBeGreaterThanOrEqual(150)
    expectPositivesAndNegatives(fresh)
  })
})
