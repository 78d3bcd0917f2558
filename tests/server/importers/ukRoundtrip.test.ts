import { describe, expect, it } from 'vitest'
import { extractDraftText } from '../../../server/importers/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { cabinetResolution } from '../../shared/structure/resolutionSample.js'
import {
  fraudActText,
  scottishStyleAct,
  westminsterDashSections,
} from '../../shared/structure/ukActSample.js'
import { buildDocx, buildPdf } from './fixtureFiles.js'

const shape = (u: Unit) => ({ ...u, text: u.text.replace(/\s+/g, '') })

/** A UK-style act read from DOCX and PDF gives the units of its plain text, section for section. */
async function expectSameUnits(text: string, file: { name: string; bytes: Uint8Array }) {
  const expected = parseDraft(text)
  const got = parseDraft((await extractDraftText(file)).text)
  expect(got.units.filter((u) => u.kind === 'article')).toHaveLength(
    expected.units.filter((u) => u.kind === 'article').length,
  )
  expect(got.units.map(shape)).toEqual(expected.units.map(shape))
  return got.units
}

describe('UK-style acts in TXT, DOCX and PDF', () => {
  it.each([
    ['Scottish layout', scottishStyleAct()],
    ['Westminster "1.—(1)" layout', westminsterDashSections()],
    ['real act (Fraud Act 2006)', fraudActText()],
  ])('%s from DOCX', async (_name, text) => {
    const units = await expectSameUnits(text, { name: 'act.docx', bytes: await buildDocx(text) })
    expect(units.some((u) => u.label.endsWith('(2)(b)'))).toBe(true)
  })

  it.each([
    ['Scottish layout', scottishStyleAct()],
    ['Westminster "1.—(1)" layout', westminsterDashSections()],
    ['real act (Fraud Act 2006)', fraudActText()],
  ])(
    '%s from a justified PDF',
    async (_name, text) => {
      const units = await expectSameUnits(text, { name: 'act.pdf', bytes: await buildPdf(text) })
      expect(units.some((u) => u.label.endsWith('(2)(b)'))).toBe(true)
    },
    60_000,
  )

  it('Scottish layout from a .txt upload: 85 sections, Section 35(2)(b)', async () => {
    const text = scottishStyleAct()
    const got = await extractDraftText({ name: 'act.txt', bytes: new TextEncoder().encode(text) })
    const { units } = parseDraft(got.text)
    expect(units.filter((u) => u.kind === 'article')).toHaveLength(85)
    expect(units.find((u) => u.label === 'Section 35(2)(b)')?.kind).toBe('point')
  })

  it('the Fraud Act 2006 from a .txt upload: 16 sections, Section 2(1)(b)(ii), three schedules', async () => {
    const got = await extractDraftText({ name: 'fraud.txt', bytes: new TextEncoder().encode(fraudActText()) })
    const { units } = parseDraft(got.text)
    expect(units.filter((u) => u.kind === 'article')).toHaveLength(16)
    expect(units.find((u) => u.label === 'Section 2(1)(b)(ii)')?.kind).toBe('subpoint')
    expect(units.filter((u) => u.kind === 'annex')).toHaveLength(3)
  })

  it('a Cabinet resolution keeps its signature block and annexes in DOCX and PDF', async () => {
    const text = cabinetResolution('mixed')
    for (const file of [
      { name: 'qaror.docx', bytes: await buildDocx(text) },
      { name: 'qaror.pdf', bytes: await buildPdf(text) },
    ]) {
      const units = await expectSameUnits(text, file)
      expect(units.find((u) => u.label === 'Имзо')?.text).toMatch(/^Ўзбекистон Республикасининг\nБош вазири/)
      expect(units.filter((u) => u.kind === 'annex')).toHaveLength(2)
    }
  }, 60_000)
})
