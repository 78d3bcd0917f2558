/** Lookups every route needs, throwing the contract's 404s and 403s. */
import type { Unit } from '../../shared/domain/draft.js'
import { canSeeReview, type Viewer } from '../../shared/policies/access.js'
import { AppError, forbidden, notFound } from '../errors.js'
import { findVersion, getDraft } from '../storage/drafts.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { DraftRecord, ReviewRecord, UserRecord, VersionRecord } from '../storage/metaTypes.js'
import { getReview } from '../storage/reviews.js'

/** A user record as policies see it. */
export function viewerOf(u: UserRecord): Viewer {
  return { id: u.id, role: u.role, participant: u.participant }
}

/** A draft and one of its versions; 404 for an unknown draft or version. */
export function loadDraftVersion(
  meta: MetaStore,
  draftId: string,
  versionId?: string,
): { draft: DraftRecord; version: VersionRecord } {
  const draft = getDraft(meta, draftId)
  if (!draft) throw notFound('Draft')
  const version = findVersion(draft, versionId)
  if (!version) throw notFound('Version')
  return { draft, version }
}

/** The units of a version; a missing file is a server-side fault, reported without details. */
export async function loadUnits(meta: MetaStore, versionId: string): Promise<Unit[]> {
  const units = await meta.units.read(versionId)
  if (!units) throw new AppError(503, 'storage_unavailable', 'The text of this version could not be loaded.')
  return units
}

/**
 * A review the caller may see. Participants of other reviews get 404, not 403, so review ids
 * cannot be probed.
 */
export function loadVisibleReview(meta: MetaStore, user: UserRecord, reviewId: string): ReviewRecord {
  const review = getReview(meta, reviewId)
  if (!review || !canSeeReview(viewerOf(user), review)) throw notFound('Review')
  return review
}

/** The review a participant joined (undefined for other roles). */
export function participantReview(meta: MetaStore, user: UserRecord): ReviewRecord | undefined {
  return user.participant ? getReview(meta, user.participant.reviewId) : undefined
}

/** 403 unless `allowed`. */
export function ensure(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message)
}
