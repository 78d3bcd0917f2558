import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The blind evaluation set (fixtures/detector/blind/entries.json) holds texts chosen and cut by
 * subject matter before anyone marked them or ran the detector on them. These checks keep it
 * honest without running any detector code: real fixture lines only, whole articles, enough norms
 * per language, and nothing shared with the sets the rules were written or tuned on.
 */
type Entry = {
  id: string
  lang: string
  source: string
  lines: [number, number]
  text: string
  expected: unknown[]
  note: string
}
const root = join(import.meta.dirname, '../../..')
const detectorDir = join(root, 'fixtures/detector')
const blind = JSON.parse(readFileSync(join(detectorDir, 'blind/entries.json'), 'utf8')) as Entry[]
const older = (name: string) =>
  (JSON.parse(readFileSync(join(detectorDir, name), 'utf8')) as { entries: Entry[] }).entries
const OLDER_SETS = ['eval.json', 'holdout.json', 'independent.json', 'fresh.json']
const LANGS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en']
/** Heading forms the evaluation's excerpt splitter recognises (a heading line becomes the article). */
const HEADING = /^(?:Статья \d+|\d+(?:\.\d+)?-(?:modda|модда)|(?:SEC\.|SECTION) \d+)/
/**
 * Section headings of a regulation ("§ 478.71 Denial of …") that the excerpt splitter does not
 * recognise: such an entry is still one whole section, but every line of it (the heading too) is a unit.
 */
const UNSPLIT_HEADING = /^§ \d+\.\d+[a-z]? /
const startsSection = (l: string) => HEADING.test(l) || UNSPLIT_HEADING.test(l)
/**
 * The one stored-web-page file the blind set may quote: real Uzbek Cyrillic acts were found only as
 * stored pages, not as whole fixture acts. Its blocks start with a SOURCE line.
 */
const BLIND_WEB = 'detector/web/uz-cyrl-blind-excerpts.txt'
const fromWeb = (e: Entry) => e.source === BLIND_WEB
/** Units after the heading; an entry of Nizom points or definitions has no heading, so every unit is a norm. */
const norms = (e: Entry) => {
  const units = e.text.split('\n\n')
  return HEADING.test(units[0]) ? units.length - 1 : units.length
}

describe('the blind evaluation set (fixtures/detector/blind/entries.json)', () => {
  it('quotes its fixture lines verbatim, one whole article per entry, heading first', () => {
    for (const e of blind) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      const lines: string[] = []
      for (let n = e.lines[0]; n <= e.lines[1]; n++) if (raw[n - 1].trim()) lines.push(raw[n - 1])
      expect(e.text.split('\n\n'), e.id).toEqual(lines)
      expect(
        lines.some((l) => l.startsWith('SOURCE:')),
        `${e.id} stays inside one web block`,
      ).toBe(false)
      // Acts with articles start at the heading; Nizom points on a stored page have none.
      if (!fromWeb(e)) expect(startsSection(lines[0]), `${e.id}: ${lines[0]}`).toBe(true)
      expect(
        lines.slice(1).some((l) => startsSection(l)),
        `${e.id} holds one article`,
      ).toBe(false)
      // The article ends where the next heading (or the end of the file or web block) begins.
      const after = raw.slice(e.lines[1]).find((l) => l.trim())
      const blockEnds = after === undefined || (fromWeb(e) && after.startsWith('SOURCE:'))
      if (startsSection(lines[0]))
        expect(blockEnds || startsSection(after ?? ''), `${e.id} cut mid-article`).toBe(true)
      else expect(blockEnds, `${e.id} ends where its web block ends`).toBe(true)
      expect(e.expected, `${e.id} is not marked yet`).toEqual([])
    }
  })

  it('has unique ids in the b-<lang>-NN form and only the four product languages', () => {
    const ids = blind.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of blind) {
      expect(LANGS, e.id).toContain(e.lang)
      expect(e.id, e.id).toMatch(new RegExp(`^b-${e.lang}-\\d{2}$`))
    }
  })

  it('holds at least 50 norms in each language it covers', () => {
    const perLang = new Map<string, number>()
    for (const e of blind) perLang.set(e.lang, (perLang.get(e.lang) ?? 0) + norms(e))
    expect([...perLang.keys()].sort()).toEqual(['en', 'ru', 'uz-Cyrl', 'uz-Latn'])
    // Only the openings of stored pages could be read for uz-Cyrl (see README): 14 norms, not 50.
    const floor: Record<string, number> = { 'uz-Cyrl': 14 }
    for (const [lang, n] of perLang) expect(n, lang).toBeGreaterThanOrEqual(floor[lang] ?? 50)
  })

  it('shares no line with the sets the rules were written or tuned on, nor with the web excerpts', () => {
    const usedLines = new Set<string>()
    const usedTexts = new Set<string>()
    for (const name of OLDER_SETS)
      for (const e of older(name)) {
        for (let n = e.lines[0]; n <= e.lines[1]; n++) usedLines.add(`${e.source}:${n}`)
        for (const unit of e.text.split('\n\n')) usedTexts.add(unit.trim())
      }
    for (const file of readdirSync(join(detectorDir, 'web')))
      if (`detector/web/${file}` !== BLIND_WEB)
        for (const line of readFileSync(join(detectorDir, 'web', file), 'utf8').split('\n'))
          if (line.trim()) usedTexts.add(line.trim())
    for (const e of blind) {
      if (!fromWeb(e))
        expect(e.source.startsWith('detector/'), `${e.id} takes a whole fixture act`).toBe(false)
      else expect(e.lang, `${e.id}: the web file holds uz-Cyrl only`).toBe('uz-Cyrl')
      for (let n = e.lines[0]; n <= e.lines[1]; n++)
        expect(usedLines.has(`${e.source}:${n}`), `${e.id} reuses line ${n}`).toBe(false)
      for (const unit of e.text.split('\n\n'))
        expect(usedTexts.has(unit.trim()), `${e.id} repeats: ${unit.slice(0, 60)}`).toBe(false)
    }
  })
})
