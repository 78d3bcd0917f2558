import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rulesFor } from '../../../shared/detector/index.js'
import { type MatchLang, normalize } from '../../../shared/detector/normalize.js'
import { type MatcherPart, matchAll, type Segments } from '../../../shared/detector/rules.js'
import { checksFor } from '../../../shared/detector/structural.js'

/**
 * The detector scans only the units that contain a part's literal (or one of its anchor words).
 * These tests hold that shortcut to the plain scan of the whole joined text: same matches, same
 * order, for every rule and absence check, on every fixture text.
 */

const root = join(import.meta.dirname, '../../..')
const fixtures = readdirSync(join(root, 'fixtures')).filter(
  (f) => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md',
)

/** Lines of a fixture, each also cut in two mid-line, so patterns meet unit ends everywhere. */
function pieces(file: string): string[] {
  const out: string[] = []
  for (const line of readFileSync(join(root, 'fixtures', file), 'utf8').split('\n')) {
    if (!line.trim()) continue
    out.push(line)
    const mid = line.indexOf(' ', line.length >> 1)
    if (mid > 0) out.push(line.slice(0, mid), line.slice(mid))
  }
  return out
}

/** The folded joined text and its units, as `detect` builds them. */
function joined(lines: string[], lang: MatchLang): { text: string; segments: Segments } {
  const text = normalize(lines.join('\u0001'), lang).text
  const from = [0]
  const to: number[] = []
  for (let k = text.indexOf('\u0001'); k >= 0; k = text.indexOf('\u0001', k + 1)) {
    to.push(k)
    from.push(k + 1)
  }
  to.push(text.length)
  return { text, segments: { from, to } }
}

function matches(parts: MatcherPart[], text: string, segments?: Segments): [number, number][] {
  const got: [number, number][] = []
  matchAll(parts, text, (a, b) => void got.push([a, b]), segments)
  return got
}

const LANGS: MatchLang[] = ['uz', 'ru', 'en']
const matchers = (lang: MatchLang) => [
  ...rulesFor(lang).map((r) => ({ id: r.id, parts: r.parts })),
  ...checksFor(lang).map((c) => ({ id: c.id, parts: c.trigger })),
]

describe('unit-restricted scanning', () => {
  it('every part can be restricted: it has anchors and cannot cross a unit separator', () => {
    for (const lang of LANGS)
      for (const m of matchers(lang))
        for (const part of m.parts) {
          expect(part.anchors?.length, m.id).toBeGreaterThan(0)
          expect(part.local, m.id).toBe(true)
        }
  })

  it('finds exactly what a whole-text scan finds, in every fixture text', () => {
    let total = 0
    for (const file of fixtures)
      for (const lang of LANGS) {
        const lines = pieces(file)
        const { text, segments } = joined(lines, lang)
        for (const m of matchers(lang)) {
          const whole = matches(m.parts, text)
          expect(matches(m.parts, text, segments), `${lang} ${m.id}`).toEqual(whole)
          for (const part of m.parts)
            for (const [a, b] of matches([part], text)) {
              const quote = text.slice(a, b)
              expect(quote.includes('\u0001'), `${m.id}: ${quote}`).toBe(false)
              expect(
                part.anchors?.some((x) => quote.includes(x)),
                `${m.id}: ${quote}`,
              ).toBe(true)
            }
          total += whole.length
        }
      }
    // The law texts hold hundreds of markers, so the comparison is not vacuous.
    expect(total).toBeGreaterThan(500)
  })
})
