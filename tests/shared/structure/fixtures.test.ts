import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../shared/domain/draft.js'
import { articleOf, detectLanguage, parseDraft, unitCounts } from '../../../shared/structure/index.js'
import { transliterate } from '../../../shared/translit/index.js'
import { ACT_FIXTURES, fixtureText } from '../../server/importers/fixtureFiles.js'

const byLabel = (units: Unit[], label: string) => {
  const u = units.find((x) => x.label === label)
  if (!u) throw new Error(`no unit labelled ${label}`)
  return u
}
const stripWs = (s: string) => s.replace(/\s+/g, '')
/** Article headings counted straight from the text with a plain line regex (the hand check). */
const countLines = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l.trim())).length

describe('real acts: language, article counts, labels', () => {
  it('Uzbek Latin anti-corruption law: 34 articles in 6 chapters, parts and list items', () => {
    const text = fixtureText('uz-latn-anticorruption-law.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Latn')
    const counts = unitCounts(units)
    expect(counts.article).toBe(countLines(text, /^\d+-modda\./))
    expect(counts.article).toBe(34)
    expect(counts.division).toBe(6)
    expect(byLabel(units, '26-modda 2-qism').text).toMatch(/^Ushbu moddaning birinchi qismida/)
    expect(byLabel(units, '3-modda 1-qism 2-xatboshi').text).toMatch(/^korrupsiya — /)
    const art14 = byLabel(units, '14-modda')
    expect(art14.kind).toBe('article')
    expect(art14.number).toBe('14')
    expect(units.find((u) => u.parentId === art14.id)?.kind).toBe('part')
    // "ushbu Qonunning …-moddasi" style references stay inside their paragraphs.
    expect(units.filter((u) => u.kind === 'article').every((u) => /^\d+-modda\. /.test(u.text))).toBe(true)
  })

  it('Uzbek Latin entrepreneurship law: inserted articles 18¹ and 30¹ and numbered bands', () => {
    const text = fixtureText('uz-latn-entrepreneurship-freedom-guarantees-law.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Latn')
    expect(unitCounts(units).article).toBe(countLines(text, /^\d+-modda\./))
    expect(unitCounts(units).article).toBe(54)
    const inserted = units.filter((u) => u.kind === 'article' && /¹/.test(u.number ?? ''))
    expect(inserted.map((u) => u.label)).toEqual(['18¹-modda', '30¹-modda'])
    const band = byLabel(units, '5-modda 1-qism 3-band')
    expect(band.kind).toBe('point')
    expect(band.number).toBe('3')
    expect(band.text).toBe('3) quyidagi tarmoqlardagi:')
    expect(byLabel(units, '5-modda 1-qism 3-band 2-xatboshi').kind).toBe('subpoint')
    expect(articleOf(units, band.id)?.label).toBe('5-modda')
  })

  it('Russian Constitution: preamble, sections, chapters, 142 articles including 67.1', () => {
    const text = fixtureText('ru-constitution-rf.md')
    const { language, units } = parseDraft(text)
    expect(language).toBe('ru')
    const counts = unitCounts(units)
    expect(counts.article).toBe(countLines(text, /^Статья \d/))
    expect(counts.article).toBe(142)
    expect(counts.preamble).toBe(1)
    expect(units.find((u) => u.kind === 'preamble')?.text).toMatch(/^Мы, многонациональный народ/)
    expect(
      units
        .filter((u) => u.kind === 'division')
        .map((u) => u.label)
        .slice(0, 3),
    ).toEqual(['Раздел 1', 'Глава 1', 'Глава 2'])
    expect(byLabel(units, 'Статья 67.1').kind).toBe('article')
    expect(byLabel(units, 'Статья 3, часть 4').text).toMatch(/^4\. Никто не может присваивать власть/)
    const chapter = byLabel(units, 'Глава 1')
    expect(chapter.text).toBe('ГЛАВА 1\nОСНОВЫ КОНСТИТУЦИОННОГО СТРОЯ')
    expect(byLabel(units, 'Статья 71, часть 1, пункт «а»').text).toMatch(
      /^а\) принятие и изменение Конституции/,
    )
  })

  it('Uzbek Labour Code in Russian: code parts, sections, chapters, §, 102 articles, абзацы', () => {
    const text = fixtureText('ru-uz-labor-code-parts-1-3.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('ru')
    expect(unitCounts(units).article).toBe(102)
    expect(unitCounts(units).division).toBe(
      countLines(text, /^(ОБЩАЯ ЧАСТЬ|ОСОБЕННАЯ ЧАСТЬ|РАЗДЕЛ [IVX]+\.|Глава \d+\.|§ \d+\.)/),
    )
    const para = byLabel(units, '§ 1')
    expect(units.find((u) => u.id === para.parentId)?.label).toBe('Глава 3')
    expect(byLabel(units, 'Статья 2, часть 1, абзац 2').text).toMatch(
      /^установление государственных гарантий/,
    )
    expect(byLabel(units, 'Статья 4, часть 2').text).toMatch(/^Дискриминация в сфере труда/)
  })

  it('US bill H.R. 1000: preamble, titles, 32 sections and Section 2(a)(10)(A)', () => {
    const text = fixtureText('en-us-hr1000-ih-jobs-for-all-bill.md')
    const { language, units } = parseDraft(text)
    expect(language).toBe('en')
    expect(unitCounts(units).article).toBe(countLines(text, /^(SECTION|SEC\.) \d+\./))
    expect(unitCounts(units).article).toBe(32)
    expect(units.filter((u) => u.kind === 'division').map((u) => u.label)).toEqual([
      'Title I',
      'Title II',
      'Title III',
    ])
    expect(units.find((u) => u.kind === 'preamble')?.text).toMatch(/^Be it enacted/)
    expect(byLabel(units, 'Section 2(a)(10)(A)').kind).toBe('subpoint')
    expect(byLabel(units, 'Section 3(15)').text).toMatch(
      /The term “Secretary” means the Secretary of Labor\.$/,
    )
  })

  it('US bill H.R. 1 excerpt: the table of contents is text, not 17 duplicate sections', () => {
    const { units } = parseDraft(fixtureText('en-us-hr1-rh-for-the-people-act-div-c-ethics.md'))
    expect(unitCounts(units).article).toBe(17)
    expect(byLabel(units, 'Subtitle A').parentId).toBe(byLabel(units, 'Title IX').id)
    expect(byLabel(units, 'Section 9401').parentId).toBe(byLabel(units, 'Subtitle E').id)
  })

  it('Uzbek Cyrillic resolution ПҚ-282: preamble, 15 points with sub-points, signature, 3 annexes', () => {
    const text = fixtureText('uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Cyrl')
    const annexes = units.filter((u) => u.kind === 'annex')
    expect(annexes.map((u) => u.label)).toEqual(['1-илова', '2-илова', '3-илова'])
    const firstAnnex = units.indexOf(annexes[0])
    const points = units.slice(0, firstAnnex).filter((u) => u.kind === 'point' && u.parentId === null)
    expect(points.map((u) => u.number)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)))
    expect(units.find((u) => u.kind === 'preamble')?.text).toMatch(/қарор қиламан:$/)
    expect(byLabel(units, '3-банд «а» кичик банд').text).toMatch(/^\(а\) мамлакатимизда/)
    expect(byLabel(units, '8-банд «а» кичик банд (i) кичик банд').kind).toBe('subpoint')
    const signature = units.find((u) => u.label === 'Имзо')
    expect(signature?.text).toMatch(/^Ўзбекистон Республикаси Президенти Ш\. МИРЗИЁЕВ\nТошкент ш\.,/)
    expect(annexes[0].text).toMatch(
      /^Ўзбекистон Республикаси\nПрезидентининг 2025 йил 15\n.*қарорига\n1-ИЛОВА/,
    )
  })

  it('Uzbek Cyrillic law made by transliterating the Latin act keeps its structure, labels in Cyrillic', () => {
    const latin = fixtureText('uz-latn-entrepreneurship-freedom-guarantees-law.txt')
    const cyr = transliterate(latin, 'uz-Cyrl')
    expect(detectLanguage(cyr)).toBe('uz-Cyrl')
    const a = parseDraft(latin).units
    const b = parseDraft(cyr).units
    expect(b.map((u) => u.kind)).toEqual(a.map((u) => u.kind))
    expect(unitCounts(b).article).toBe(54)
    expect(byLabel(b, '5-модда 1-қисм 3-банд').text).toBe('3) қуйидаги тармоқлардаги:')
    expect(byLabel(b, '18¹-модда').kind).toBe('article')
    expect(byLabel(b, '5-модда 2-қисм').kind).toBe('part')
  })

  it.each(ACT_FIXTURES)(
    '%s: unit texts joined in order reproduce the body; ids and parents are consistent',
    (name) => {
      const text = fixtureText(name)
      const { units } = parseDraft(text)
      expect(stripWs(units.map((u) => u.text).join(''))).toBe(stripWs(text))
      const seen = new Set<string>()
      units.forEach((u, i) => {
        expect(u.id).toBe(`u${i + 1}`)
        if (u.parentId !== null) expect(seen.has(u.parentId)).toBe(true)
        seen.add(u.id)
        expect(u.label.length).toBeGreaterThan(0)
      })
    },
  )
})
