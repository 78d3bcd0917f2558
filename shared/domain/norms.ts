/**
 * The act's basic norms: what the checklist walks through and the console counts. A law or code is
 * checked article by article; a Cabinet resolution or a Nizom has no articles and is checked point by
 * point (its top-level numbered points, not their sub-points, and not the numbered rows of an annex,
 * which are tables and road maps rather than norms).
 */
import type { Unit } from './draft.js'

type UnitRef = Pick<Unit, 'id' | 'kind' | 'parentId'>

/** Whether the act is checked by points (it has no articles). */
export function checksByPoints(units: readonly UnitRef[]): boolean {
  return !units.some((u) => u.kind === 'article')
}

/** The basic norms of a draft version, in document order. */
export function basicNorms<U extends UnitRef>(units: readonly U[]): U[] {
  if (!checksByPoints(units)) return units.filter((u) => u.kind === 'article')
  const byId = new Map(units.map((u) => [u.id, u]))
  return units.filter((u) => u.kind === 'point' && topLevel(u, byId))
}

/** A point with no point or annex above it (cycles count as nested, so they are left out). */
function topLevel(unit: UnitRef, byId: ReadonlyMap<string, UnitRef>): boolean {
  const seen = new Set([unit.id])
  for (
    let p = unit.parentId ? byId.get(unit.parentId) : undefined;
    p;
    p = p.parentId ? byId.get(p.parentId) : undefined
  ) {
    if (seen.has(p.id) || p.kind === 'point' || p.kind === 'annex') return false
    seen.add(p.id)
  }
  return true
}

/**
 * Maps every unit id to the root it sits in: a root maps to itself, the units below it (any depth,
 * via `parentId`) to it, units under no root to null.
 */
export function rootOfUnits(
  units: readonly UnitRef[],
  roots: ReadonlySet<string>,
): Map<string, string | null> {
  const byId = new Map(units.map((u) => [u.id, u]))
  const result = new Map<string, string | null>()
  const resolve = (id: string, seen: Set<string>): string | null => {
    const known = result.get(id)
    if (known !== undefined) return known
    const unit = byId.get(id)
    // `seen` guards against a malformed parent cycle; such units count as outside any root.
    if (!unit || seen.has(id)) return null
    seen.add(id)
    const root = roots.has(unit.id) ? unit.id : unit.parentId ? resolve(unit.parentId, seen) : null
    result.set(id, root)
    return root
  }
  for (const u of units) resolve(u.id, new Set())
  return result
}

/** Maps every unit id to the basic norm it sits in (null outside any). */
export function normOfUnits(units: readonly UnitRef[]): Map<string, string | null> {
  return rootOfUnits(units, new Set(basicNorms(units).map((u) => u.id)))
}
