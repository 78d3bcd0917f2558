import { describe, expect, it } from 'vitest'
import {
  alphaBand,
  articleFor,
  findingsByArticle,
  OUTSIDE_ARTICLES,
  referenceFindings,
} from '../../../client/features/compare/model/compareModel'
import { factorNamer, pickText } from '../../../client/features/compare/model/localized'
import { chartLayout } from '../../../client/features/compare/parts/FactorChart'
import { heatStep } from '../../../client/features/compare/parts/HeatMap'
import type { Unit } from '../../../shared/domain/draft'
import type { Finding } from '../../../shared/domain/finding'

const units: Unit[] = [
  { id: 'pre', kind: 'preamble', number: null, label: 'Preamble', parentId: null, text: 'Whereas' },
  { id: 'a1', kind: 'article', number: '1', label: 'Article 1', parentId: null, text: 'Article 1. Scope' },
  {
    id: 'a1p1',
    kind: 'part',
    number: '1',
    label: 'Article 1(1)',
    parentId: 'a1',
    text: 'The body may decide.',
  },
  {
    id: 'a1p1a',
    kind: 'point',
    number: 'a',
    label: 'Article 1(1)(a)',
    parentId: 'a1p1',
    text: 'at its discretion',
  },
]
const f = (id: string, groupId: string, unitId: string, start = 0): Finding => ({
  id,
  groupId,
  unitId,
  unitLabel: unitId,
  start,
  end: start + 3,
  quote: 'x',
  factorIds: ['d'],
  risk: 'low',
  status: 'open',
  rationale: '',
  proposal: '',
  author: { id: 'a', name: 'A' },
  createdAt: 't',
})

describe('comparison view models', () => {
  it('explains alpha in bands at Krippendorff’s thresholds', () => {
    expect(alphaBand(null)).toBe('none')
    expect(alphaBand(0.85)).toBe('high')
    expect(alphaBand(0.8)).toBe('high')
    expect(alphaBand(0.7)).toBe('moderate')
    expect(alphaBand(0.5)).toBe('low')
    expect(alphaBand(0.1)).toBe('chance')
    expect(alphaBand(-0.3)).toBe('chance')
  })

  it('rolls findings up to their article, in document order (unit, then span); units outside articles go to one bucket', () => {
    const map = findingsByArticle(units, [
      f('x', 'g1', 'a1p1a', 0),
      f('y', 'g1', 'a1p1', 9),
      f('z', 'g2', 'pre'),
    ])
    expect(map.get('a1|g1')?.map((x) => x.id)).toEqual(['y', 'x'])
    expect(map.get(`${OUTSIDE_ARTICLES}|g2`)?.map((x) => x.id)).toEqual(['z'])
    expect(articleFor(units)('a1p1a')).toBe('a1')
    expect(articleFor(units)('pre')).toBe(OUTSIDE_ARTICLES)
  })

  it('picks the reference findings of a group or the conclusion', () => {
    const byGroup = { g1: [f('x', 'g1', 'a1')] }
    expect(referenceFindings('g1', byGroup, null)?.map((x) => x.id)).toEqual(['x'])
    expect(
      referenceFindings('consolidated', byGroup, [f('c', 'consolidated', 'a1')])?.map((x) => x.id),
    ).toEqual(['c'])
    expect(referenceFindings(null, byGroup, null)).toBeNull()
    expect(referenceFindings('gone', byGroup, null)).toBeNull()
  })

  it('names factors in the UI language with English, then the id, as fallbacks', () => {
    const pack = {
      id: 'p',
      title: 't',
      version: '1',
      groups: [],
      factors: [
        { id: 'd', groupId: 'x', name: { en: 'Broad discretion', ru: 'Широта дискреционных полномочий' } },
      ],
    }
    expect(factorNamer(pack, 'ru')('d')).toBe('Широта дискреционных полномочий')
    expect(factorNamer(pack, 'uz-Latn')('d')).toBe('Broad discretion')
    expect(factorNamer(pack, 'en')('unknown')).toBe('unknown')
    expect(pickText('plain', 'ru')).toBe('plain')
  })

  it('steps heat by the share of groups, never colouring an article nobody marked', () => {
    expect([0, 1, 2, 3].map((n) => heatStep(n, 3))).toEqual([0, 2, 3, 4])
    expect(heatStep(1, 8)).toBe(1)
    expect(heatStep(0, 0)).toBe(0)
  })

  it('lays the factor chart out with bars proportional to the largest count', () => {
    const layout = chartLayout(
      ['d', 'e'],
      [
        { groupId: 'g1', findingCount: 4, untagged: 0, byFactor: { d: 4, e: 1 } },
        { groupId: 'g2', findingCount: 2, untagged: 0, byFactor: { d: 2, e: 0 } },
      ],
    )
    const [d, e] = layout.rows
    expect(d?.bars.map((b) => b.value)).toEqual([4, 2])
    expect(d?.bars[1]?.width).toBeCloseTo((d?.bars[0]?.width ?? 0) / 2)
    expect(e?.bars[1]?.width).toBe(0)
    expect(e?.y).toBeGreaterThan(d?.y ?? 0)
    expect(layout.max).toBe(4)
  })
})
