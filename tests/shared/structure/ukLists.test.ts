import { describe, expect, it } from 'vitest'
import { parseDraft } from '../../../shared/structure/index.js'
import { byLabel, parentOf } from './ukActSample.js'

/**
 * The lines of a UK act that sit between numbered units: the words closing a list, text an
 * amendment quotes into another act, and the "S C H E D U L E S" banner. The excerpt is ours,
 * laid out like a legislation.gov.uk plain-text export.
 */
const EXCERPT = [
  'Evidence Act 2026',
  '2026 CHAPTER 1',
  'An Act to make provision about evidence; and for connected purposes.',
  '1 Evidence',
  '(1) A person is not to be excused from—',
  '(a) answering any question put to him, or',
  '(b) complying with any order made against him,',
  'on the ground that doing so may incriminate him.',
  '(2) A statement made by the person in—',
  '(a) answering such a question, or',
  '(b) complying with an order made in proceedings relating to',
  'property, or the like.',
  '2 Amendments',
  'Schedule 1 contains amendments.',
  'S C H E D U L E S',
  'SCHEDULE 1 Section 2',
  'AMENDMENTS',
  '1 After paragraph 22A of Schedule 9 to the Terrorism Act 2000 insert—',
  '“Evidence Act 2026',
  '23 Offences under section 1 of the Evidence Act 2026 subject to note',
  '2 below.',
  '”',
  '2 In Schedule 4, after paragraph 20 insert—',
  '“21 An offence under the Evidence Act 2026.',
  '”',
  '3 Omit section 15 of the Theft Act 1968.',
].join('\n')

describe('UK acts: the lines between numbered units', () => {
  const { units } = parseDraft(EXCERPT)

  it('gives the words after a list’s last item to the subsection that opened the list', () => {
    const tail = byLabel(units, 'Section 1(1), para. 2')
    expect(tail.text).toBe('on the ground that doing so may incriminate him.')
    expect(parentOf(units, tail)?.label).toBe('Section 1(1)')
    expect(byLabel(units, 'Section 1(1)(b)').text).toBe('(b) complying with any order made against him,')
  })

  it('keeps a wrapped last item whole', () => {
    expect(byLabel(units, 'Section 1(2)(b)').text).toBe(
      '(b) complying with an order made in proceedings relating to property, or the like.',
    )
    expect(units.some((u) => u.label === 'Section 1(2), para. 2')).toBe(false)
  })

  it('opens the first schedule with the "S C H E D U L E S" banner, not the last section', () => {
    expect(byLabel(units, 'Section 2').text).toBe('2 Amendments')
    expect(units.find((u) => u.kind === 'annex')?.text).toBe(
      'S C H E D U L E S\nSCHEDULE 1 Section 2\nAMENDMENTS',
    )
    expect(units.some((u) => /S C H E D/.test(u.text) && u.kind !== 'annex')).toBe(false)
  })

  it('reads text quoted into another act as the amending paragraph’s words', () => {
    const paragraphs = units.filter((u) => /^Schedule 1, paragraph \d+$/.test(u.label))
    expect(paragraphs.map((u) => u.number)).toEqual(['1', '2', '3'])
    expect(byLabel(units, 'Schedule 1, paragraph 1').text).toBe(
      '1 After paragraph 22A of Schedule 9 to the Terrorism Act 2000 insert— “Evidence Act 2026\n' +
        '23 Offences under section 1 of the Evidence Act 2026 subject to note\n2 below.\n”',
    )
    expect(byLabel(units, 'Schedule 1, paragraph 2').text).toBe(
      '2 In Schedule 4, after paragraph 20 insert— “21 An offence under the Evidence Act 2026.\n”',
    )
  })
})
