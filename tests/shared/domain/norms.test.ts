/** The checklist's units: articles, or the top-level points of an act without articles (ПҚ-282). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../shared/domain/draft'
import { basicNorms, checksByPoints, normOfUnits } from '../../../shared/domain/norms'
import { parseDraft } from '../../../shared/structure/index'

const fixture = (name: string): string => {
  const raw = readFileSync(join(import.meta.dirname, '../../../fixtures', name), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

const unit = (id: string, kind: Unit['kind'], parentId: string | null = null): Unit => ({
  id,
  kind,
  parentId,
  number: null,
  label: id,
  text: id,
})

describe('basic norms', () => {
  it('are the articles of a law, whatever points it also has', () => {
    const units = parseDraft(fixture('ru-constitution-rf.md')).units
    const norms = basicNorms(units)
    expect(checksByPoints(units)).toBe(false)
    expect(norms.length).toBe(units.filter((u) => u.kind === 'article').length)
    expect(norms.every((u) => u.kind === 'article')).toBe(true)
  })

  it('are the 15 numbered points of resolution ПҚ-282, not its sub-points nor its annexes’ rows', () => {
    const units = parseDraft(fixture('uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt')).units
    const norms = basicNorms(units)
    expect(checksByPoints(units)).toBe(true)
    expect(norms.map((u) => u.number)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)))
    // Every sub-point of the resolution's body belongs to one of those points.
    const normOf = normOfUnits(units)
    const ids = new Set(norms.map((u) => u.id))
    const annexes = new Set(units.filter((u) => u.kind === 'annex').map((u) => u.id))
    const inBody = units.filter((u) => u.kind === 'subpoint' && !annexes.has(normOf.get(u.id) ?? ''))
    expect(inBody.length).toBeGreaterThan(0)
    for (const u of inBody) if (normOf.get(u.id)) expect(ids.has(normOf.get(u.id)!)).toBe(true)
  })

  it('leave out points nested in points or annexes, and survive a parent cycle', () => {
    const units = [
      unit('p1', 'point'),
      unit('s1', 'point', 'p1'),
      unit('d', 'division'),
      unit('p2', 'point', 'd'),
      unit('a', 'annex'),
      unit('p3', 'point', 'a'),
      unit('x', 'point', 'y'),
      unit('y', 'point', 'x'),
    ]
    expect(basicNorms(units).map((u) => u.id)).toEqual(['p1', 'p2'])
    const normOf = normOfUnits(units)
    expect(normOf.get('s1')).toBe('p1')
    expect(normOf.get('p3')).toBeNull()
    expect(normOf.get('x')).toBeNull()
  })
})
