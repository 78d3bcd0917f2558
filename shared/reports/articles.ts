/** Which article a unit belongs to, for the heat map and the report's article checklist summary. */
import type { Unit } from '../domain/draft.js'

/**
 * Maps every unit id to the id of the article it sits in: an article maps to itself, its parts,
 * points and subpoints (any depth, via `parentId`) to it; units outside articles map to null.
 */
export function articleOfUnits(
  units: readonly Pick<Unit, 'id' | 'kind' | 'parentId'>[],
): Map<string, string | null> {
  const byId = new Map(units.map((u) => [u.id, u]))
  const result = new Map<string, string | null>()
  const resolve = (id: string, seen: Set<string>): string | null => {
    const known = result.get(id)
    if (known !== undefined) return known
    const unit = byId.get(id)
    // `seen` guards against a malformed parent cycle; such units count as outside any article.
    if (!unit || seen.has(id)) return null
    seen.add(id)
    const article = unit.kind === 'article' ? unit.id : unit.parentId ? resolve(unit.parentId, seen) : null
    result.set(id, article)
    return article
  }
  for (const u of units) resolve(u.id, new Set())
  return result
}
