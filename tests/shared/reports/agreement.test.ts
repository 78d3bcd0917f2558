import { describe, expect, it } from 'vitest'
import { compareGroups, pairScore } from '../../../shared/reports/agreement.js'
import { finding, unit } from './fixtures.js'

const units = [
  unit('u1', 'The authority may, at its discretion, refuse.'),
  unit('u2', 'Fees are set by the ministry.'),
  unit('u3', '   '),
]
const factorIds = ['f1', 'f2']

describe('compareGroups', () => {
  it('full agreement: alpha 1, F1 1', () => {
    const findings = [finding('A', 'u1', 0, 10, ['f1']), finding('B', 'u1', 4, 12, ['f1'])]
    const result = compareGroups({ units, factorIds, groupIds: ['A', 'B'], findings })
    expect(result.agreement.alpha).toBe(1)
    expect(result.agreement.pairwiseF1).toEqual({ 'A|B': 1 })
  })

  it('no agreement: alpha −1/6, F1 0', () => {
    // Cells (u3 is blank, so 2 units × 2 factors): u1f1 (1,0), u1f2 (0,0), u2f1 (0,0), u2f2 (0,1).
    // o01 = o10 = 2, o00 = 2·2 = 4, o11 = 0 → n0 = 6, n1 = 2, n = 8.
    // alpha = 1 − (n−1)·o01/(n0·n1) = 1 − 7·2/12 = −1/6.
    const findings = [finding('A', 'u1', 0, 5, ['f1']), finding('B', 'u2', 0, 5, ['f2'])]
    const result = compareGroups({ units, factorIds, groupIds: ['A', 'B'], findings })
    expect(result.agreement.alpha).toBeCloseTo(-1 / 6, 12)
    expect(result.agreement.pairwiseF1).toEqual({ 'A|B': 0 })
  })

  it('one empty group: alpha 0, F1 0; both empty: alpha null, F1 null', () => {
    // Cells: (1,0), (0,0), (0,0), (0,0) → o01 = 1, n1 = 1, n0 = 7, n = 8 → alpha = 1 − 7·1/7 = 0.
    const one = compareGroups({
      units,
      factorIds,
      groupIds: ['A', 'B'],
      findings: [finding('A', 'u1', 0, 5, ['f1'])],
    })
    expect(one.agreement.alpha).toBeCloseTo(0, 12)
    expect(one.agreement.pairwiseF1).toEqual({ 'A|B': 0 })
    expect(one.units.map((u) => u.byGroup)).toEqual([
      { A: ['f1'], B: [] },
      { A: [], B: [] },
    ])

    const none = compareGroups({ units, factorIds, groupIds: ['A', 'B'], findings: [] })
    expect(none.agreement).toEqual({ alpha: null, pairwiseF1: { 'A|B': null } })
    expect(none.clusters).toEqual([])
  })

  it('a single finding with a single group: alpha null, no pairs, one cluster', () => {
    const f = finding('A', 'u2', 2, 6, ['f2'])
    const result = compareGroups({ units, factorIds, groupIds: ['A'], findings: [f] })
    expect(result.agreement).toEqual({ alpha: null, pairwiseF1: {} })
    expect(result.clusters).toEqual([
      { id: 'c0', unitId: 'u2', start: 2, end: 6, factorIds: ['f2'], findingIds: [f.id], groupIds: ['A'] },
    ])
  })

  it('alpha is null when every cell is 1', () => {
    const all = ['A', 'B'].flatMap((g) => ['u1', 'u2'].flatMap((u) => [finding(g, u, 0, 3, ['f1', 'f2'])]))
    expect(
      compareGroups({ units, factorIds, groupIds: ['A', 'B'], findings: all }).agreement.alpha,
    ).toBeNull()
  })

  it('three coders: alpha −1/32, pairwise F1 in review order, clusters and byGroup', () => {
    // Cells with values (A,B,C) and k = number of 1s, m = 3:
    //   u1f1 (1,1,0) k=2 · u1f2 (0,0,1) k=1 · u2f1 (0,0,0) k=0 · u2f2 (0,1,0) k=1.
    // o01 per cell = k(m−k)/(m−1) = 1, 1, 0, 1 → o01 = 3; n1 = 4, n0 = 8, n = 12.
    // alpha = 1 − 11·3/(8·4) = 1 − 33/32 = −1/32.
    const a1 = finding('A', 'u1', 0, 5, ['f1'])
    const b1 = finding('B', 'u1', 3, 8, ['f1'])
    const b2 = finding('B', 'u2', 0, 4, ['f2'])
    const c1 = finding('C', 'u1', 4, 6, ['f2'])
    const result = compareGroups({ units, factorIds, groupIds: ['A', 'B', 'C'], findings: [c1, b2, b1, a1] })
    expect(result.groups).toEqual(['A', 'B', 'C'])
    expect(result.agreement.alpha).toBeCloseTo(-1 / 32, 12)
    // A|B: P = 1/1 (a1~b1), R = 1/2 (b1 matched, b2 not) → F1 = 2·1·½/(3/2) = 2/3.
    // A|C and B|C: spans overlap but no shared factor → P = R = 0 → 0.
    expect(Object.keys(result.agreement.pairwiseF1)).toEqual(['A|B', 'A|C', 'B|C'])
    expect(result.agreement.pairwiseF1['A|B']).toBeCloseTo(2 / 3, 12)
    expect(result.agreement.pairwiseF1['A|C']).toBe(0)
    expect(result.agreement.pairwiseF1['B|C']).toBe(0)
    expect(result.units).toEqual([
      { unitId: 'u1', label: 'U1', byGroup: { A: ['f1'], B: ['f1'], C: ['f2'] } },
      { unitId: 'u2', label: 'U2', byGroup: { A: [], B: ['f2'], C: [] } },
    ])
    expect(result.clusters).toEqual([
      {
        id: 'c0',
        unitId: 'u1',
        start: 0,
        end: 8,
        factorIds: ['f1', 'f2'],
        findingIds: [a1.id, b1.id, c1.id],
        groupIds: ['A', 'B', 'C'],
      },
      { id: 'c1', unitId: 'u2', start: 0, end: 4, factorIds: ['f2'], findingIds: [b2.id], groupIds: ['B'] },
    ])
  })

  it('clusters are transitive, include same-group overlaps, and keep touching spans apart', () => {
    const x = finding('A', 'u1', 0, 3, ['f1'])
    const y = finding('A', 'u1', 2, 6, [])
    const z = finding('B', 'u1', 5, 9, ['f2'])
    const touching = finding('B', 'u1', 9, 12, ['f1'])
    const elsewhere = finding('A', 'u2', 0, 3, ['f1'])
    const result = compareGroups({
      units,
      factorIds,
      groupIds: ['A', 'B'],
      findings: [elsewhere, touching, z, y, x],
    })
    expect(result.clusters.map((c) => c.findingIds)).toEqual([
      [x.id, y.id, z.id],
      [touching.id],
      [elsewhere.id],
    ])
    expect(result.clusters.map((c) => c.id)).toEqual(['c0', 'c1', 'c2'])
    const all = result.clusters.flatMap((c) => c.findingIds)
    expect(new Set(all).size).toBe(5)
  })
})

describe('pairScore', () => {
  it('counts untagged findings in the denominators but never as matches', () => {
    const g = [finding('A', 'u1', 0, 5, ['f1']), finding('A', 'u1', 0, 5, [])]
    const h = [finding('B', 'u1', 2, 4, ['f1'])]
    // P = 1/2, R = 1/1 → F1 = 2·½·1/(3/2) = 2/3.
    const s = pairScore(g, h)
    expect(s.precision).toBe(0.5)
    expect(s.recall).toBe(1)
    expect(s.f1).toBeCloseTo(2 / 3, 12)
  })
})
