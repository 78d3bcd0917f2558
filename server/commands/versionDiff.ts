/**
 * The unit alignment of two versions, cached: versions are immutable, so (from, to) always gives the
 * same pairs, and the follow-up page, the compare page and reports all ask for the same few pairs.
 */
import { alignUnits, type UnitPair } from '../../shared/diff/align.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { VersionDiff } from '../../shared/domain/followUp.js'
import { canReadDraftVersion } from '../../shared/policies/access.js'
import { notFound } from '../errors.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { UserRecord } from '../storage/metaTypes.js'
import { loadDraftVersion, loadUnits, participantReview, viewerOf } from './loaders.js'

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

/**
 * The unit diff of two versions of a draft as the caller may read it: `to` defaults to the latest,
 * `from` to the version before `to`; a version the caller may not read is a 404, as an unknown one.
 */
export async function draftDiff(
  meta: MetaStore,
  user: UserRecord,
  draftId: string,
  ask: { from?: string; to?: string },
): Promise<VersionDiff> {
  const { draft, version: to } = loadDraftVersion(meta, draftId, ask.to)
  const before = draft.versions[Math.max(0, draft.versions.indexOf(to) - 1)]
  const { version: from } = loadDraftVersion(meta, draftId, ask.from ?? before?.id)
  const review = participantReview(meta, user)
  for (const v of [from, to])
    if (!canReadDraftVersion(viewerOf(user), { draftId, versionId: v.id }, review)) throw notFound('Draft')
  const { pairs } = await versionAlignment(meta, from.id, to.id)
  return { from: from.id, to: to.id, pairs }
}
