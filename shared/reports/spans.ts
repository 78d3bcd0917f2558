/**
 * Span arithmetic and document order shared by the agreement measures and the report model.
 * Offsets are JavaScript string indices into a unit's text, end exclusive (contract: finding).
 */

/** The part of a finding the measures look at; a full `Finding` fits. */
export type FindingSpan = {
  id: string
  groupId: string
  unitId: string
  start: number
  end: number
  factorIds: readonly string[]
}

/** True when two half-open spans `[start, end)` in the same unit share at least one character. */
export function spansOverlap(
  a: Pick<FindingSpan, 'unitId' | 'start' | 'end'>,
  b: Pick<FindingSpan, 'unitId' | 'start' | 'end'>,
): boolean {
  return a.unitId === b.unitId && a.start < b.end && b.start < a.end
}

/** The contract's match: same unit, overlapping spans and at least one shared factor. */
export function findingsMatch(a: FindingSpan, b: FindingSpan): boolean {
  return spansOverlap(a, b) && a.factorIds.some((f) => b.factorIds.includes(f))
}

/**
 * A comparator for document order: unit order (units not in the version go last, by id), then start,
 * then end, then id so the order is total and deterministic.
 */
export function documentOrder(unitIds: readonly string[]) {
  const index = new Map(unitIds.map((id, i) => [id, i]))
  const rank = (unitId: string) => index.get(unitId) ?? Number.MAX_SAFE_INTEGER
  return (
    a: Pick<FindingSpan, 'id' | 'unitId' | 'start' | 'end'>,
    b: Pick<FindingSpan, 'id' | 'unitId' | 'start' | 'end'>,
  ): number =>
    rank(a.unitId) - rank(b.unitId) ||
    (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0) ||
    a.start - b.start ||
    a.end - b.end ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** Plain code-unit sort of unique strings, so exports and checks agree on order whatever the locale. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}
