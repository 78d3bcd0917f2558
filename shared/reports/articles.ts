/** Which article a unit belongs to, for the heat map and the report's article checklist summary. */
import type { Unit } from '../domain/draft.js'
import { rootOfUnits } from '../domain/norms.js'

/**
 * Maps every unit id to the id of the article it sits in: an article maps to itself, its parts,
 * points and subpoints (any depth, via `parentId`) to it; units outside articles map to null.
 */
export function articleOfUnits(
  units: readonly Pick<Unit, 'id' | 'kind' | 'parentId'>[],
): Map<string, string | null> {
  return rootOfUnits(units, new Set(units.filter((u) => u.kind === 'article').map((u) => u.id)))
}
