/**
 * The unit alignment of two versions, cached: versions are immutable, so (from, to) always gives the
 * same pairs, and the follow-up page, the compare page and reports all ask for the same few pairs.
 */
import { alignUnits, type UnitPair } from '../../shared/diff/align.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { MetaStore } from '../storage/metaStore.js'
import { loadUnits } from './loaders.js'

const MAX_ENTRIES = 16
const cache = new Map<string, UnitPair[]>()

/** Both versions' units and their alignment. */
export async function versionAlignment(
  meta: MetaStore,
  fromVersionId: string,
  toVersionId: string,
): Promise<{ from: Unit[]; to: Unit[]; pairs: UnitPair[] }> {
  const from = await loadUnits(meta, fromVersionId)
  const to = await loadUnits(meta, toVersionId)
  const key = `${fromVersionId}|${toVersionId}`
  let pairs = cache.get(key)
  if (pairs) cache.delete(key)
  else pairs = alignUnits(from, to)
  // Re-inserting keeps the map's order the eviction order (least recently used first).
  cache.set(key, pairs)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return { from, to, pairs }
}
