import { describe, expect, it } from 'vitest'
import { krippendorffAlphaNominal } from '../../../shared/reports/alpha.js'

describe('krippendorffAlphaNominal', () => {
  it('matches Krippendorff’s binary two-coder example (alpha ≈ 0.095)', () => {
    // Krippendorff (2011), section A: coder A 0100000010, coder B 1110010000.
    // Pairs per unit: (0,1) (1,1) (0,1) (0,0) (0,0) (0,1) (0,0) (0,0) (1,0) (0,0).
    // Coincidences (m=2, so each unit adds its two ordered pairs with weight 1):
    //   o00 = 5 units × 2 = 10, o11 = 1 × 2 = 2, o01 = o10 = 4 → n0 = 14, n1 = 6, n = 20.
    // alpha = 1 − (n−1)·o01 / (n0·n1) = 1 − 19·4/84 = 1 − 76/84 = 8/84 = 0.095238…
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    const alpha = krippendorffAlphaNominal(a.map((v, i) => [v, b[i]]))
    expect(alpha).toBeCloseTo(8 / 84, 12)
  })

  it('matches Krippendorff’s nominal example with 4 coders and missing values (alpha ≈ 0.743)', () => {
    // Krippendorff (2011), section C: 12 units, 4 observers, values 1–5, missing left out.
    // Published result for nominal data: alpha = 0.743.
    const units = [
      [1, 1, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [5, 5, 5],
      [1, 1],
      [3],
    ]
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.743, 3)
  })

  it('is 1 for perfect agreement with variation, undefined when every value is the same', () => {
    expect(
      krippendorffAlphaNominal([
        [1, 1],
        [0, 0],
        [0, 0],
      ]),
    ).toBe(1)
    expect(
      krippendorffAlphaNominal([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNull()
    expect(krippendorffAlphaNominal([[1, 1, 1]])).toBeNull()
    expect(krippendorffAlphaNominal([[1], [0]])).toBeNull()
  })
})
