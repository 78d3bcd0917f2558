import { describe, expect, it } from 'vitest'
import {
  agreementByLang,
  cohensKappa,
  disagreements,
  placeMarks,
  spanF1,
} from '../../../scripts/detector-eval/agreement.js'
import { defaultPack } from '../../../scripts/detector-eval/pack.js'
import { type coder, ENTRIES } from './fixtures.js'

const factorIds = defaultPack().factors.map((f) => f.id)
const place = (marks: Parameters<typeof coder>[1]) => placeMarks(ENTRIES, marks, factorIds, 'test')

/** `n` pairs of the same two codes. */
const times = (n: number, pair: [boolean, boolean]) => Array.from({ length: n }, () => pair)

describe("Cohen's kappa on norms", () => {
  it('is 1 for two identical codings', () => {
    const codes = [true, false, false, true, false]
    expect(cohensKappa(codes.map((c) => [c, c])).kappa).toBe(1)
  })

  it('gives the textbook value for a known 2×2 table', () => {
    // 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → po 0.7, pe 0.5, kappa 0.4
    const pairs = [
      ...times(20, [true, true]),
      ...times(5, [true, false]),
      ...times(10, [false, true]),
      ...times(15, [false, false]),
    ]
    const k = cohensKappa(pairs)
    expect(k.observed).toBeCloseTo(0.7, 10)
    expect(k.kappa).toBeCloseTo(0.4, 10)
  })

  it('is 0 at chance agreement and undefined when both code every item alike', () => {
    const chance = [
      ...times(1, [true, true]),
      ...times(1, [true, false]),
      ...times(1, [false, true]),
      ...times(1, [false, false]),
    ]
    expect(cohensKappa(chance).kappa).toBeCloseTo(0, 10)
    expect(cohensKappa(times(4, [false, false])).kappa).toBeNull()
    expect(cohensKappa([]).kappa).toBeNull()
  })
})

describe('span agreement', () => {
  const a = place([
    { entryId: 't-en-1', quote: 'may revoke', factorId: 'may-formula' },
    { entryId: 't-en-1', quote: 'if he thinks fit', factorId: 'broad-discretion' },
  ])

  it('scores F1 of A against B by unit, overlap and factor', () => {
    const b = place([{ entryId: 't-en-1', quote: 'Secretary may revoke', factorId: 'may-formula' }])
    // precision 1/2 (A's spans matched in B), recall 1/1 → F1 2/3
    expect(spanF1(a, b)).toBeCloseTo(2 / 3, 10)
    expect(spanF1(a, a)).toBe(1)
    expect(spanF1([], [])).toBeNull()
    expect(spanF1(a, [])).toBe(0)
  })

  it('counts another factor on the same words only under "any factor"', () => {
    const b = place([
      { entryId: 't-en-1', quote: 'may revoke', factorId: 'broad-discretion' },
      { entryId: 't-en-1', quote: 'thinks fit', factorId: 'legal-linguistic-uncertainty' },
    ])
    expect(spanF1(a, b)).toBe(0)
    expect(spanF1(a, b, true)).toBe(1)
  })

  it('lists every span one coder has and the other not, with what the other has there', () => {
    const b = place([
      { entryId: 't-en-1', quote: 'may revoke', factorId: 'broad-discretion' },
      { entryId: 't-en-2', quote: 'relevant authority', factorId: 'duplicated-powers' },
      { entryId: 't-en-1', quote: 'if he thinks fit', factorId: 'broad-discretion' },
    ])
    const open = disagreements(a, b)
    expect(
      open.map((x) => `${x.coder} ${x.mark.factorId} ${x.mark.quote} | ${x.other.map((o) => o.factorId)}`),
    ).toEqual([
      'A may-formula may revoke | broad-discretion',
      'B broad-discretion may revoke | may-formula',
      'B duplicated-powers relevant authority | ',
    ])
  })

  it('computes kappa over norms without the heading', () => {
    const b = place([{ entryId: 't-en-1', quote: 'may revoke', factorId: 'may-formula' }])
    const en = agreementByLang(ENTRIES, a, b).en
    // norms: three parts of t-en-1 and two of t-en-2; A marks norms 1 and 2, B marks norm 1
    expect(en.norms).toBe(5)
    expect(en.spansA).toBe(2)
    expect(en.spansB).toBe(1)
    expect(en.observed).toBeCloseTo(4 / 5, 10)
    // pa = 2/5, pb = 1/5 → pe = 0.08 + 0.48 = 0.56; kappa = (0.8 − 0.56) / 0.44
    expect(en.kappa).toBeCloseTo(0.24 / 0.44, 10)
  })
})

describe('coder marks are checked against the entries', () => {
  it('names the entry and the quote that is not in it', () => {
    expect(() =>
      place([
        { entryId: 't-en-2', quote: 'may revoke', factorId: 'may-formula' },
        { entryId: 't-en-9', quote: 'x', factorId: 'may-formula' },
        { entryId: 't-en-1', quote: 'may revoke', factorId: 'no-such-factor' },
        { entryId: 't-en-1', quote: 'may revoke', factorId: 'may-formula', occurrence: 1 },
      ]),
    ).toThrow(
      /4 bad mark\(s\)[\s\S]*entry t-en-2: quote not found: “may revoke”[\s\S]*entry t-en-9: no such entry[\s\S]*unknown factor no-such-factor[\s\S]*quote not found \(occurrence 1\)/,
    )
  })

  it('places the n-th occurrence of a repeated quote', () => {
    const [m] = place([{ entryId: 't-en-1', quote: 'may', factorId: 'may-formula', occurrence: 2 }])
    expect(m.unitId).toBe('t-en-1.4')
  })
})
