import { describe, expect, it } from 'vitest'
import {
  buildConsolidatedFinding,
  clusterFindings,
  consolidatedIdFor,
  highestRisk,
  mergeFactors,
  mergeTexts,
} from '../../../client/features/compare/consolidate/merge'
import type { Cluster } from '../../../client/features/compare/types'
import { clusterKey } from '../../../shared/collab/roomDoc'
import type { Finding } from '../../../shared/domain/finding'

const unit = {
  id: 'u5',
  kind: 'part' as const,
  number: '2',
  label: '5-modda 2-qism',
  parentId: 'a5',
  text: 'Vakolatli organ oʻz xohishiga koʻra ruxsat berishi mumkin.',
}

function finding(
  id: string,
  groupId: string,
  start: number,
  end: number,
  over: Partial<Finding> = {},
): Finding {
  return {
    id,
    groupId,
    unitId: 'u5',
    unitLabel: unit.label,
    start,
    end,
    quote: unit.text.slice(start, end),
    factorIds: [],
    risk: 'medium',
    status: 'open',
    rationale: '',
    proposal: '',
    author: { id: 'p1', name: 'Dilnoza' },
    createdAt: '2026-11-27T10:00:00.000Z',
    ...over,
  }
}

const a = finding('fa', 'g1', 16, 31, {
  factorIds: ['discretion'],
  rationale: 'Keng ixtiyor.',
  proposal: 'Mezonlarni belgilash.',
  risk: 'high',
})
const b = finding('fb', 'g2', 20, 52, {
  factorIds: ['discretion', 'no-deadline'],
  rationale: 'Muddat yoʻq.',
  proposal: 'Mezonlarni belgilash.',
})
const c = finding('fc', 'g3', 25, 40, {
  factorIds: [],
  rationale: '  ',
  proposal: 'Normani chiqarib tashlash.',
  risk: 'low',
})
const cluster: Cluster = {
  id: 'c0',
  unitId: 'u5',
  start: 16,
  end: 52,
  factorIds: ['discretion', 'no-deadline'],
  findingIds: ['fa', 'fb', 'fc'],
  groupIds: ['g1', 'g2', 'g3'],
}
const author = { id: 'e1', name: 'Expert One' }

describe('merging a cluster into one consolidated finding', () => {
  it('unions factors in order of first appearance and keeps the highest risk', () => {
    expect(mergeFactors([a, b, c])).toEqual(['discretion', 'no-deadline'])
    expect(highestRisk([c, b])).toBe('medium')
    expect(highestRisk([c, b, a])).toBe('high')
    expect(highestRisk([c])).toBe('low')
  })

  it('merges distinct non-blank texts only', () => {
    expect(mergeTexts(['x', ' x ', '', 'y'])).toBe('x\ny')
  })

  it('spans the whole cluster, cuts the quote from the unit text and lists every source', () => {
    const f = buildConsolidatedFinding({
      cluster,
      findings: [a, b, c],
      unit,
      articleId: 'a5',
      choice: { rationale: { kind: 'merge' }, proposal: { kind: 'merge' } },
      author,
      now: '2026-11-27T12:00:00.000Z',
    })
    expect(f.groupId).toBe('consolidated')
    expect([f.start, f.end]).toEqual([16, 52])
    expect(f.quote).toBe(unit.text.slice(16, 52))
    expect(f.factorIds).toEqual(['discretion', 'no-deadline'])
    expect(f.risk).toBe('high')
    expect(f.rationale).toBe('Keng ixtiyor.\nMuddat yoʻq.')
    expect(f.proposal).toBe('Mezonlarni belgilash.\nNormani chiqarib tashlash.')
    expect(f.sources).toEqual([
      { groupId: 'g1', findingId: 'fa' },
      { groupId: 'g2', findingId: 'fb' },
      { groupId: 'g3', findingId: 'fc' },
    ])
    expect(f.status).toBe('agreed')
    expect(f.articleId).toBe('a5')
    expect(f.author).toEqual(author)
  })

  it("takes one group's text when the expert picks it, and the expert's factor choice", () => {
    const f = buildConsolidatedFinding({
      cluster,
      findings: [a, b, c],
      unit,
      choice: {
        rationale: { kind: 'from', findingId: 'fb' },
        proposal: { kind: 'from', findingId: 'fc' },
        factorIds: ['no-deadline'],
      },
      author,
      now: 'now',
    })
    expect(f.rationale).toBe('Muddat yoʻq.')
    expect(f.proposal).toBe('Normani chiqarib tashlash.')
    expect(f.factorIds).toEqual(['no-deadline'])
  })

  it('falls back to the longest quote when the unit text is not loaded', () => {
    const f = buildConsolidatedFinding({
      cluster,
      findings: [a, b],
      choice: { rationale: { kind: 'merge' }, proposal: { kind: 'merge' } },
      author,
      now: 'now',
    })
    expect(f.quote).toBe(b.quote)
    expect(f.unitLabel).toBe(unit.label)
  })

  it('refuses a cluster with no loaded finding', () => {
    expect(() =>
      buildConsolidatedFinding({
        cluster,
        findings: [],
        choice: { rationale: { kind: 'merge' }, proposal: { kind: 'merge' } },
        author,
        now: 'now',
      }),
    ).toThrow()
  })

  it('derives the same id from the same sources in any order, and different ids otherwise', () => {
    expect(consolidatedIdFor(clusterKey(['fb', 'fa']))).toBe(consolidatedIdFor(clusterKey(['fa', 'fb'])))
    expect(consolidatedIdFor(clusterKey(['fa', 'fb']))).not.toBe(consolidatedIdFor(clusterKey(['fa', 'fc'])))
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => consolidatedIdFor(`f${i}+f${i + 1}`)))
    expect(ids.size).toBe(2000)
  })

  it('looks up only the loaded findings of a cluster, in cluster order', () => {
    const byId = new Map([a, c].map((f) => [f.id, f]))
    expect(clusterFindings(cluster, byId).map((f) => f.id)).toEqual(['fa', 'fc'])
  })
})
