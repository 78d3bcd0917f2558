import { describe, expect, it } from 'vitest'
import { withConvertedCyrillic } from '../../../scripts/detector-eval/blindConvert.js'
import type { EvalEntry } from '../../../scripts/detector-eval/sets.js'

const latin: EvalEntry = {
  id: 'b-uz-Latn-01',
  lang: 'uz-Latn',
  source: 'x.txt',
  lines: [1, 3],
  text: '5-modda. Yer berish\n\nHokimlik zarur hollarda yer uchastkasini olib qoʻyishga haqli.',
  expected: [{ quote: 'zarur hollarda', factorId: 'broad-discretion' }],
}
const cyrillic: EvalEntry = { ...latin, id: 'b-uz-Cyrl-01', lang: 'uz-Cyrl', text: '1. Низом.', expected: [] }

describe('converted Cyrillic entries of the blind set', () => {
  it('copies each uz-Latn entry into Cyrillic after the real Cyrillic ones, marks transliterated', () => {
    const all = withConvertedCyrillic([latin, cyrillic])
    expect(all).toHaveLength(3)
    const c = all[2]
    expect(c).toMatchObject({ id: 'b-uz-Cyrl-02', lang: 'uz-Cyrl', converted: { from: 'b-uz-Latn-01' } })
    expect(c.text).toContain('5-модда')
    expect(c.expected).toEqual([{ quote: 'зарур ҳолларда', factorId: 'broad-discretion' }])
    expect(c.text).toContain(c.expected[0].quote)
    expect(c.note).toMatch(/not an official Cyrillic text/)
  })

  it('numbers the copies with the set’s own prefix', () => {
    const second = withConvertedCyrillic([{ ...latin, id: 'c-uz-Latn-07' }])
    expect(second[1].id).toBe('c-uz-Cyrl-01')
  })

  it('leaves sets without uz-Latn entries alone', () => {
    expect(withConvertedCyrillic([cyrillic])).toEqual([cyrillic])
  })
})
