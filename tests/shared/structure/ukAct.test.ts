import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../shared/domain/draft.js'
import { articleOf, parseDraft, unitCounts } from '../../../shared/structure/index.js'
import { byLabel, parentOf, scottishStyleAct, westminsterDashSections } from './ukActSample.js'

describe('UK-style acts (Scottish Parliament layout)', () => {
  const text = scottishStyleAct()
  const { language, units } = parseDraft(text)

  it('reads 85 sections (1–84 and the inserted 34A), none from the CONTENTS list', () => {
    expect(language).toBe('en')
    const sections = units.filter((u) => u.kind === 'article')
    expect(sections).toHaveLength(85)
    expect(sections.map((u) => u.number)).toContain('34A')
    expect(sections.at(-1)?.text).toBe('84 Short title and commencement')
    // Headings with a colon or ending "etc." are sections too, and the ones after them follow.
    expect(byLabel(units, 'Section 20').text).toBe('20 Accounts: audit')
    expect(byLabel(units, 'Section 35').text).toBe('35 Conditions of membership')
  })

  it('has a title block, a contents unit and the long title as preamble', () => {
    expect(units[0].label).toBe('Title')
    expect(units[0].text).toBe('Community Boards (Scotland) Act 2026\n2026 asp 7')
    expect(units[1].text).toMatch(/^CONTENTS\nPART 1\nCOMMUNITY BOARDS\nEstablishment\n1 Community boards/)
    expect(units[1].kind).toBe('text')
    expect(units.find((u) => u.kind === 'preamble')?.text).toMatch(/^An Act of the Scottish Parliament to/)
  })

  it('puts Parts, Chapters and cross-headings above the sections', () => {
    const divisions = units.filter((u) => u.kind === 'division')
    expect(divisions.filter((u) => /^Part \d$/.test(u.label)).map((u) => u.text)).toEqual([
      'PART 1\nCOMMUNITY BOARDS',
      'PART 2\nMEMBERSHIP AND CONDUCT',
      'PART 3\nGENERAL',
    ])
    const s35 = byLabel(units, 'Section 35')
    const cross = parentOf(units, s35)
    expect(cross?.label).toBe('Eligibility')
    expect(cross?.kind).toBe('division')
    expect(parentOf(units, cross as Unit)?.label).toBe('Chapter 1')
    expect(parentOf(units, parentOf(units, cross as Unit) as Unit)?.label).toBe('Part 2')
    // A cross-heading ends at the next one; "Finance" holds section 10, not "Establishment".
    expect(parentOf(units, byLabel(units, 'Section 10'))?.label).toBe('Finance')
  })

  it('labels subsections, paragraphs and sub-paragraphs like "Section 35(2)(b)(i)"', () => {
    expect(byLabel(units, 'Section 35(2)').kind).toBe('part')
    const b = byLabel(units, 'Section 35(2)(b)')
    expect(b.kind).toBe('point')
    expect(b.text).toMatch(/^\(b\) make provision about the circumstances/)
    expect(byLabel(units, 'Section 35(2)(b)(i)').kind).toBe('subpoint')
    expect(articleOf(units, byLabel(units, 'Section 35(2)(b)(ii)').id)?.label).toBe('Section 35')
    // A definition section without subsections: its lead-in, then (a), (b).
    expect(byLabel(units, 'Section 12(a)').text).toBe('(a) a local authority,')
  })

  it('reads schedules as annexes with their own paragraphs', () => {
    const schedules = units.filter((u) => u.kind === 'annex')
    expect(schedules.map((u) => u.label)).toEqual(['Schedule 1', 'Schedule 2'])
    expect(schedules[0].text).toBe('SCHEDULE 1\n(introduced by section 1)\nCONSTITUTION OF BOARDS')
    expect(byLabel(units, 'Schedule 1, paragraph 1').text).toBe(
      '1 A board is not a servant or agent of the Crown.',
    )
    expect(byLabel(units, 'Schedule 1, paragraph 2(1)(b)').text).toMatch(/^\(b\) not fewer than 4/)
    expect(byLabel(units, 'Schedule 2, paragraph 2').kind).toBe('point')
    // Nothing in a schedule is taken for a section.
    const s1 = units.indexOf(schedules[0])
    expect(units.slice(s1).some((u) => u.kind === 'article')).toBe(false)
  })

  it('keeps every character of the text in exactly one unit', () => {
    const strip = (s: string) => s.replace(/\s+/g, '')
    expect(strip(units.map((u) => u.text).join(''))).toBe(strip(text))
    expect(unitCounts(units).subpoint).toBeLessThan(20)
  })

  it('reads "1.—(1)" sections of the older Westminster layout', () => {
    const { units: w } = parseDraft(westminsterDashSections())
    expect(w.filter((u) => u.kind === 'article').map((u) => u.label)).toEqual([
      'Section 1',
      'Section 2',
      'Section 3',
    ])
    expect(byLabel(w, 'Section 1(2)(b)').text).toBe('(b) make provision about its staff.')
    expect(w[0].text).toBe('Example Services Act 1999')
    expect(w[1].kind).toBe('preamble')
  })
})
