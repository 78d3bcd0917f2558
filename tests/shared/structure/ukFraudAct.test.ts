import { describe, expect, it } from 'vitest'
import { articleOf, parseDraft } from '../../../shared/structure/index.js'
import { judgeLegalText } from '../../../shared/structure/legalText.js'
import { byLabel, fraudActText, parentOf } from './ukActSample.js'

/**
 * A real UK Public General Act, the Fraud Act 2006 (fixtures/en-uk-fraud-act-2006.txt, the revised
 * text from legislation.gov.uk): sections "1 Fraud" under cross-headings, subsections, paragraphs
 * and sub-paragraphs, and three schedules with their own cross-headings and paragraphs.
 */
/** "1" … "n" as section or paragraph numbers. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1))

describe('a real UK act: the Fraud Act 2006', () => {
  const text = fraudActText()
  const { language, units } = parseDraft(text)

  it('is English legal text with a title block and the long title as preamble', () => {
    expect(language).toBe('en')
    expect(judgeLegalText(text, units).legal).toBe(true)
    expect(units[0].text).toBe('Fraud Act 2006\n2006 CHAPTER 35')
    expect(units[1].kind).toBe('preamble')
  })

  it('reads its 16 sections, those headed by a defined term and the repealed section 10 too', () => {
    const sections = units.filter((u) => u.kind === 'article')
    expect(sections.map((u) => u.number)).toEqual(upTo(16))
    expect(byLabel(units, 'Section 5').text).toBe('5 “Gain” and “loss”')
    expect(byLabel(units, 'Section 8').text).toBe('8 “Article”')
    // A revised text prints a repealed section after its amendment note (F10).
    expect(byLabel(units, 'Section 10').text).toMatch(/^F1010 Participating in fraudulent business/)
  })

  it('puts the cross-headings above their sections', () => {
    expect(parentOf(units, byLabel(units, 'Section 1'))?.label).toBe('Fraud')
    expect(parentOf(units, byLabel(units, 'Section 9'))?.label).toBe('Fraud')
    expect(parentOf(units, byLabel(units, 'Section 11'))?.label).toBe('Obtaining services dishonestly')
    expect(parentOf(units, byLabel(units, 'Section 16'))?.label).toBe('Supplementary')
  })

  it('labels subsections, paragraphs and sub-paragraphs like "Section 2(1)(b)(ii)"', () => {
    expect(byLabel(units, 'Section 1(3)').kind).toBe('part')
    expect(byLabel(units, 'Section 1(2)(b)').text).toBe(
      '(b) section 3 (fraud by failing to disclose information), and',
    )
    const ii = byLabel(units, 'Section 2(1)(b)(ii)')
    expect(ii.kind).toBe('subpoint')
    expect(ii.text).toBe('(ii) to cause loss to another or to expose another to a risk of loss.')
    expect(articleOf(units, ii.id)?.label).toBe('Section 2')
    // A section without subsections: its lead-in, then (a), (b).
    expect(byLabel(units, 'Section 3(b)(i)').text).toBe('(i) to make a gain for himself or another, or')
  })

  it('reads the three schedules as annexes with their own cross-headings and paragraphs', () => {
    const schedules = units.filter((u) => u.kind === 'annex')
    expect(schedules.map((u) => u.label)).toEqual(['Schedule 1', 'Schedule 2', 'Schedule 3'])
    expect(schedules[1].text).toBe('SCHEDULE 2 Section 14(2)\nTRANSITIONAL PROVISIONS AND SA VINGS')
    expect(byLabel(units, 'Schedule 1, paragraph 1(a)(iv)').kind).toBe('subpoint')
    expect(byLabel(units, 'Schedule 1, paragraph 38').text).toMatch(/^38 After paragraph 3 of Schedule 7/)
    expect(parentOf(units, byLabel(units, 'Schedule 1, paragraph 3'))?.label).toBe('Theft Act 1968 (c. 60)')
    expect(units.filter((u) => /^Schedule 2, paragraph \d+$/.test(u.label)).map((u) => u.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ])
    expect(byLabel(units, 'Schedule 2, paragraph 3(2)(a)').text).toBe(
      '(a) a relevant event occurs before its commencement, and',
    )
    // A cross-heading wrapped onto two lines is one heading.
    expect(parentOf(units, byLabel(units, 'Schedule 2, paragraph 9'))?.label).toBe(
      'Limitation periods under the Limitation (Northern Ireland) Order 1989 (S.I. 1989/1339 (N.I. 11))',
    )
    // Nothing in a schedule is taken for a section.
    expect(units.slice(units.indexOf(schedules[0])).some((u) => u.kind === 'article')).toBe(false)
  })

  it('gives the words after a list to the subsection, not to its last paragraph', () => {
    expect(byLabel(units, 'Section 13(2)(b)').text).toBe('(b) complying with such an order,')
    const tail = byLabel(units, 'Section 13(2), para. 2')
    expect(tail.text).toMatch(/^is not admissible in evidence against him/)
    expect(parentOf(units, tail)?.label).toBe('Section 13(2)')
    expect(byLabel(units, 'Section 12(2), para. 2').text).toMatch(/^he \(as well as the body corporate\)/)
    expect(byLabel(units, 'Section 13(3), para. 2').text).toMatch(/^and “property” means/)
  })

  it('opens Schedule 1 with the "S C H E D U L E S" banner and ends section 16 with its text', () => {
    expect(byLabel(units, 'Section 16').text).toBe('16 Short title')
    expect(units.filter((u) => parentOf(units, u)?.label === 'Section 16').map((u) => u.text)).toEqual([
      'This Act may be cited as the Fraud Act 2006.',
    ])
    expect(byLabel(units, 'Schedule 1').text).toBe(
      'S C H E D U L E S\nSCHEDULE 1 Section 14(1)\nMINOR AND CONSEQUENTIAL AMENDMENTS',
    )
  })

  it('reads a paragraph quoted into another act as words of the amending paragraph', () => {
    const numbers = units.filter((u) => /^Schedule 1, paragraph \d+$/.test(u.label)).map((u) => u.number)
    // Paragraph 23 comes once, in its place; the quoted "23 Offences …" is not a paragraph.
    expect(numbers.filter((n) => n === '23')).toHaveLength(1)
    expect(numbers.indexOf('23')).toBe(numbers.indexOf('22') + 1)
    expect(byLabel(units, 'Schedule 1, paragraph 30(2)').text).toMatch(
      /insert— “Fraud Act 2006\n23 Offences under section 1 of the Fraud Act 2006 \(fraud\) subject to note\n2 below\.\n”$/,
    )
    // A wrapped subparagraph ending "(d)" is not taken for a bracketed note.
    expect(byLabel(units, 'Schedule 1, paragraph 30(1)').text).toMatch(/sub-paragraph \(d\) insert “ and ”/)
  })

  it('keeps every character of the text in exactly one unit', () => {
    const strip = (s: string) => s.replace(/\s+/g, '')
    expect(strip(units.map((u) => u.text).join(''))).toBe(strip(text))
  })
})
