import { describe, expect, it } from 'vitest'
import { benchmark } from '../../../scripts/eval-detector.js'
import { detect } from '../../../shared/detector/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { builtinPacks, DEFAULT_METHODOLOGY_ID, type Methodology } from '../../../shared/methodology/index.js'

const pack = builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID) as Methodology

/** One unit of `n` characters repeating a phrase that fires a rule at every occurrence. */
const repeated = (phrase: string, n: number): Unit[] => [
  {
    id: 'u1',
    kind: 'part',
    number: null,
    label: 'x',
    parentId: null,
    text: phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n),
  },
]

/** Median CPU milliseconds of `runs` detector passes (CPU time, so machine load matters less). */
function cpuMs(units: Unit[], language: LanguageTag, runs = 3): { ms: number; found: number } {
  let found = 0
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    found = detect(units, pack, { language, explainIn: 'en' }).length
    const c = process.cpuUsage(c0)
    times.push((c.user + c.system) / 1000)
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)], found }
}

const PATHOLOGICAL: [LanguageTag, string][] = [
  ['uz-Latn', 'boshqa hollarda '],
  ['uz-Cyrl', 'бошқа ҳолларда '],
  ['ru', 'в иных случаях '],
  ['en', 'such other matters as '],
]

describe('the detector is linear in the length of a unit', () => {
  it.each(PATHOLOGICAL)(
    '%s: 200,000 characters of “%s” in one unit take under 1 s',
    (lang, phrase) => {
      const { ms, found } = cpuMs(repeated(phrase, 200_000), lang)
      expect(found).toBeGreaterThan(1000)
      expect(ms).toBeLessThan(1000)
    },
    60_000,
  )

  it('four times the text costs about four times the time, not sixteen', () => {
    cpuMs(repeated('boshqa hollarda ', 50_000), 'uz-Latn', 1)
    const small = cpuMs(repeated('boshqa hollarda ', 50_000), 'uz-Latn', 5).ms
    const large = cpuMs(repeated('boshqa hollarda ', 200_000), 'uz-Latn', 5).ms
    expect(large / Math.max(small, 1)).toBeLessThan(9)
  }, 60_000)

  it('1 MB of real fixture text per language is scanned in under 150 ms of CPU', () => {
    for (const b of benchmark(pack, 5)) expect(b.cpuMs, b.lang).toBeLessThan(150)
  }, 120_000)
})
