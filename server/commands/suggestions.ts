/**
 * Detector suggestions for one draft version, cached. Versions and pack versions are immutable, so
 * (version, pack@version, explanation language) always gives the same list; on a 1.5 MB act the scan
 * takes over half a second of the single server thread, and every group member's room asks for it.
 */

import { detect, type Suggestion } from '../../shared/detector/index.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import type { Methodology } from '../../shared/methodology/index.js'

const MAX_ENTRIES = 32
const cache = new Map<string, Suggestion[]>()

/** The suggestions of a version under a pack, computed once per (version, pack version, language). */
export async function versionSuggestions(
  version: { id: string; language: LanguageTag },
  pack: Methodology,
  explainIn: LanguageTag,
  loadUnits: () => Promise<Unit[]>,
): Promise<Suggestion[]> {
  const key = `${version.id}|${pack.id}@${pack.version}|${explainIn}`
  const hit = cache.get(key)
  if (hit) {
    // Refresh its place: the map's order is the eviction order (oldest first).
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const found = detect(await loadUnits(), pack, { language: version.language, explainIn })
  cache.set(key, found)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return found
}
