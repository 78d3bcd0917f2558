import { describe, expect, it } from 'vitest'
import { buildOutline } from '../../../client/features/drafts/draftView'
import type { Unit } from '../../../shared/domain/draft.js'
import { headingLine, parseDraft } from '../../../shared/structure/index.js'
import { transliterate } from '../../../shared/translit/index.js'
import { fixtureText } from '../../server/importers/fixtureFiles.js'
import { cabinetResolution } from './resolutionSample.js'

const labels = (units: Unit[]) => units.map((u) => `${u.kind}:${u.label}`)

describe('Cabinet resolutions: title, preamble, points, signature block, annexes', () => {
  it.each(['upper', 'mixed'] as const)('Uzbek Cyrillic, title in %s case', (titleCase) => {
    const { language, units } = parseDraft(cabinetResolution(titleCase))
    expect(language).toBe('uz-Cyrl')
    expect(labels(units).slice(0, 9)).toEqual([
      'text:Сарлавҳа',
      'preamble:Преамбула',
      'point:1-банд',
      'point:2-банд',
      'subpoint:2-банд «а» кичик банд',
      'subpoint:2-банд «б» кичик банд',
      'point:3-банд',
      'point:4-банд',
      'text:Имзо',
    ])
    expect(units[0].text).toMatch(/^ЎЗБЕКИСТОН РЕСПУБЛИКАСИ ВАЗИРЛАР МАҲКАМАСИНИНГ ҚАРОРИ\s/)
    expect(units[0].text).toMatch(/тўғрисида$/i)
    expect(units[1].text).toMatch(/^Аҳолига .* қарор қилади:$/)
    // The signature is its own block, not a paragraph of point 4.
    expect(units[7].text).toMatch(/юклансин\.$/)
    expect(units[8].text).toBe(
      'Ўзбекистон Республикасининг\nБош вазири А. АРИПОВ\nТошкент ш.,\n2025 йил 5 март,\n123-сон',
    )
    expect(units[8].parentId).toBeNull()
  })

  it('annexes start at the reference to the resolution and hold their own title and points', () => {
    const { units } = parseDraft(cabinetResolution('mixed'))
    const annexes = units.filter((u) => u.kind === 'annex')
    expect(annexes.map((u) => u.label)).toEqual(['1-илова', '2-илова'])
    expect(annexes[0].text).toBe(
      'Вазирлар Маҳкамасининг\n2025 йил 5 мартдаги 123-сон\nқарорига\n1-ИЛОВА\nДавлат хизматларини кўрсатиш тартиби тўғрисида\nНИЗОМ',
    )
    expect(annexes[1].text.split('\n').slice(0, 4)).toEqual([
      'Вазирлар Маҳкамасининг',
      '2025 йил 5 мартдаги 123-сон',
      'қарорига',
      '2-ИЛОВА',
    ])
    const last = units.filter((u) => u.parentId === annexes[1].id)
    expect(last.map((u) => u.label)).toEqual(['2-илова 1-банд', '2-илова 2-банд'])
    // Points of the first annex sit under its chapters, sub-points under the points.
    const p4 = units.find((u) => u.label === '2-боб 4-банд')
    expect(units.find((u) => u.id === p4?.parentId)?.parentId).toBe(annexes[0].id)
    expect(units.filter((u) => u.parentId === p4?.id)).toHaveLength(2)
  })

  it('the outline names an annex by its "N-ИЛОВА" line, not by the reference above it', () => {
    const { units } = parseDraft(cabinetResolution('mixed'))
    const annex = units.find((u) => u.kind === 'annex') as Unit
    expect(headingLine(annex)).toBe('1-ИЛОВА Давлат хизматларини кўрсатиш тартиби тўғрисида')
    const entry = buildOutline(units).find((e) => e.kind === 'annex')
    expect(entry?.title).toBe('1-ИЛОВА Давлат хизматларини кўрсатиш тартиби тўғрисида')
    expect(entry?.index).toBe(units.indexOf(annex))
    const pq = parseDraft(fixtureText('uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt')).units
    const pqAnnexes = buildOutline(pq).filter((e) => e.kind === 'annex')
    expect(pqAnnexes.map((e) => e.title.split(' ')[0])).toEqual(['1-ИЛОВА', '2-ИЛОВА', '3-ИЛОВА'])
  })

  it('the same resolution in Uzbek Latin reads the same way', () => {
    const { language, units } = parseDraft(transliterate(cabinetResolution('mixed'), 'uz-Latn'))
    expect(language).toBe('uz-Latn')
    const cyr = parseDraft(cabinetResolution('mixed')).units
    expect(units.map((u) => u.kind)).toEqual(cyr.map((u) => u.kind))
    expect(units.find((u) => u.label === 'Imzo')?.text).toMatch(
      /^Oʻzbekiston Respublikasining\nBosh vaziri A\. ARIPOV/,
    )
  })
})
