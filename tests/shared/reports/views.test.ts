import { describe, expect, it } from 'vitest'
import { factorsPerGroup, foundBy, heat, scoreAgainstReference } from '../../../shared/reports/views.js'
import { finding, unit } from './fixtures.js'

const units = [
  unit('ch1', 'Chapter 1', { kind: 'division' }),
  unit('a1', 'Article 1. Licences', { kind: 'article', parentId: 'ch1' }),
  unit('a1p1', 'The authority may refuse a licence.', { parentId: 'a1' }),
  unit('a1p1a', 'in other cases.', { kind: 'point', parentId: 'a1p1' }),
  unit('a2', 'Article 2. Fees', { kind: 'article', parentId: 'ch1' }),
  unit('a2p1', 'Fees are set by the ministry.', { parentId: 'a2' }),
  unit('blank', ' ', { parentId: 'a2' }),
]
const factorIds = ['f1', 'f2']

describe('scoreAgainstReference', () => {
  it('scores each group against the consolidated set and lists missed factors', () => {
    const ref = [
      finding('consolidated', 'a1p1', 0, 20, ['f1', 'f2'], { id: 'r1' }),
      finding('consolidated', 'a2p1', 0, 4, ['f1'], { id: 'r2' }),
    ]
    const findings = [finding('A', 'a1p1', 4, 13, ['f1']), finding('B', 'a2p1', 10, 20, ['f1'])]
    const [a, b] = scoreAgainstReference({ groupIds: ['A', 'B'], findings, reference: ref })
    // A: its one finding matches r1 → P = 1; of the reference only r1 is matched → R = 1/2; F1 = 2/3.
    expect(a.groupId).toBe('A')
    expect(a.precision).toBe(1)
    expect(a.recall).toBe(0.5)
    expect(a.f1).toBeCloseTo(2 / 3, 12)
    expect(a.missed).toEqual([
      { referenceFindingId: 'r1', unitId: 'a1p1', factorId: 'f2' },
      { referenceFindingId: 'r2', unitId: 'a2p1', factorId: 'f1' },
    ])
    // B's span in a2p1 does not overlap r2 → no match at all.
    expect(b.f1).toBe(0)
    expect(b.missed).toHaveLength(3)
  })

  it('skips the reference group itself', () => {
    const findings = [finding('A', 'a1p1', 0, 5, ['f1']), finding('B', 'a1p1', 0, 5, ['f1'])]
    const scores = scoreAgainstReference({
      groupIds: ['A', 'B'],
      findings,
      reference: findings.filter((f) => f.groupId === 'A'),
      referenceId: 'A',
    })
    expect(scores.map((s) => [s.groupId, s.f1])).toEqual([['B', 1]])
  })
})

describe('foundBy', () => {
  it('classifies cells as found by all, some or one, and lists cells missed by everyone', () => {
    const findings = [
      finding('A', 'a1p1', 0, 5, ['f1']),
      finding('B', 'a1p1', 8, 9, ['f1']),
      finding('C', 'a1p1', 0, 5, ['f1', 'f2']),
      finding('A', 'a2p1', 0, 5, ['f2']),
      finding('B', 'a2p1', 0, 5, ['f2']),
    ]
    const reference = [finding('consolidated', 'a1p1a', 0, 3, ['f2'])]
    const result = foundBy({ units, factorIds, groupIds: ['A', 'B', 'C'], findings, reference })
    expect(result.cells).toEqual([
      { unitId: 'a1p1', factorId: 'f1', groupIds: ['A', 'B', 'C'], level: 'all' },
      { unitId: 'a1p1', factorId: 'f2', groupIds: ['C'], level: 'one' },
      { unitId: 'a2p1', factorId: 'f2', groupIds: ['A', 'B'], level: 'some' },
    ])
    expect(result.counts).toEqual({ all: 1, some: 1, one: 1 })
    expect(result.missedByAll).toEqual([{ unitId: 'a1p1a', factorId: 'f2' }])
  })
})

describe('factorsPerGroup', () => {
  it('counts findings per factor, untagged notes apart, empty groups included', () => {
    const findings = [
      finding('A', 'a1p1', 0, 5, ['f1', 'f2']),
      finding('A', 'a2p1', 0, 5, ['f1']),
      finding('A', 'a2p1', 6, 9, []),
    ]
    expect(factorsPerGroup({ factorIds, groupIds: ['A', 'B'], findings })).toEqual([
      { groupId: 'A', findingCount: 3, untagged: 1, byFactor: { f1: 2, f2: 1 } },
      { groupId: 'B', findingCount: 0, untagged: 0, byFactor: { f1: 0, f2: 0 } },
    ])
  })
})

describe('heat', () => {
  it('rolls findings in parts and points up to their article', () => {
    const findings = [
      finding('A', 'a1p1a', 0, 3, ['f1']),
      finding('B', 'a1', 0, 3, ['f1']),
      finding('B', 'a1p1', 0, 3, ['f2']),
      finding('X', 'a2p1', 0, 3, ['f2']), // not a group of this review
      finding('A', 'ch1', 0, 3, ['f2']), // outside any article
    ]
    expect(heat({ units, groupIds: ['A', 'B'], findings })).toEqual([
      { articleId: 'a1', label: 'A1', groupIds: ['A', 'B'], groupCount: 2, findingCount: 3 },
      { articleId: 'a2', label: 'A2', groupIds: [], groupCount: 0, findingCount: 0 },
    ])
  })
})
