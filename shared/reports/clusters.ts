/**
 * Clusters: connected components of findings under "same unit and overlapping spans", whatever group
 * they come from. The facilitator's comparison view shows one row per cluster.
 */
import { documentOrder, type FindingSpan, sortedUnique } from './spans.js'

/** One cluster as the comparison contract shows it. */
export type Cluster = {
  id: string
  unitId: string
  start: number
  end: number
  factorIds: string[]
  findingIds: string[]
  groupIds: string[]
}

/**
 * Groups every finding into exactly one cluster. Ids are `c<index>` in document order of the
 * clusters (unit order, then start, then end), so the same findings always give the same ids.
 * `findingIds` are in document order; `factorIds` and `groupIds` are sorted unions.
 */
export function clusterFindings(findings: readonly FindingSpan[], unitIds: readonly string[]): Cluster[] {
  const order = documentOrder(unitIds)
  const sorted = [...findings].sort(order)
  const parent = sorted.map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }
  // Sorted by unit then start: once a later finding starts at or after `a.end` (or in another unit),
  // no finding after it can overlap `a` either.
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]
      if (b.unitId !== a.unitId || b.start >= a.end) break
      if (a.start < b.end) parent[root(j)] = root(i)
    }
  }
  const members = new Map<number, FindingSpan[]>()
  sorted.forEach((f, i) => {
    const r = root(i)
    const list = members.get(r)
    if (list) list.push(f)
    else members.set(r, [f])
  })
  // A cluster enters the map at its first member in sorted order, so map order is document order.
  return [...members.values()].map((list, index) => ({
    id: `c${index}`,
    unitId: list[0].unitId,
    start: list.reduce((min, f) => Math.min(min, f.start), list[0].start),
    end: list.reduce((max, f) => Math.max(max, f.end), list[0].end),
    factorIds: sortedUnique(list.flatMap((f) => f.factorIds)),
    findingIds: list.map((f) => f.id),
    groupIds: sortedUnique(list.map((f) => f.groupId)),
  }))
}
