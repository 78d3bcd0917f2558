/**
 * Archiving and deleting drafts and reviews. Nobody loses data by accident: only an archived item may be
 * deleted, and a draft that any review uses may not be deleted at all. A deleted review takes its
 * metadata with it (rooms, participants and their sessions, follow-ups); room files may stay on disk
 * but no room record points at them any more, so the room access check answers "no such room".
 * Every change goes through `meta.update`, so the PostgreSQL store persists it like any other write.
 */
import { conflict, notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import type { Logger } from '../log.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { DraftRecord, ReviewRecord, UserRecord } from '../storage/metaTypes.js'
import { roomsOfReview } from '../storage/reviews.js'

type Deps = { meta: MetaStore; log: Logger; now: () => Date }

/** Set or clear `archivedAt` on the item `id` of a collection; undefined when there is no such item. */
function markArchived<T extends { id: string; archivedAt?: string }>(
  items: T[],
  id: string,
  archived: boolean,
  now: Date,
): T | undefined {
  const item = items.find((r) => r.id === id)
  if (!item) return undefined
  if (archived) item.archivedAt ??= now.toISOString()
  else delete item.archivedAt
  return item
}

/** Archive (`archived`) or bring back a draft. */
export async function setDraftArchived(
  deps: Deps,
  by: UserRecord,
  draftId: string,
  archived: boolean,
): Promise<DraftRecord> {
  const draft = await deps.meta.update((d) => markArchived(d.drafts, draftId, archived, deps.now()))
  if (!draft) throw notFound('Draft')
  deps.log.info(`audit: draft ${archived ? 'archived' : 'unarchived'}`, { by: by.id, draft: draftId })
  return draft
}

/** Archive (`archived`) or bring back a review. */
export async function setReviewArchived(
  deps: Deps,
  by: UserRecord,
  reviewId: string,
  archived: boolean,
): Promise<ReviewRecord> {
  const review = await deps.meta.update((d) => markArchived(d.reviews, reviewId, archived, deps.now()))
  if (!review) throw notFound('Review')
  deps.log.info(`audit: review ${archived ? 'archived' : 'unarchived'}`, { by: by.id, review: reviewId })
  return review
}

const notArchived = (what: string) =>
  conflict(`Archive the ${what} first; only archived ${what}s can be deleted.`, 'not_archived')

/** Delete an archived draft that no review uses, with its versions' stored units. */
export async function deleteDraft(deps: Deps, by: UserRecord, draftId: string): Promise<void> {
  const outcome = await deps.meta.update((d) => {
    const i = d.drafts.findIndex((r) => r.id === draftId)
    const draft = d.drafts[i]
    if (!draft) return 'missing' as const
    if (!draft.archivedAt) return 'not_archived' as const
    if (d.reviews.some((r) => r.draftId === draftId)) return 'in_use' as const
    d.drafts.splice(i, 1)
    return draft
  })
  if (outcome === 'missing') throw notFound('Draft')
  if (outcome === 'not_archived') throw notArchived('draft')
  if (outcome === 'in_use')
    throw conflict('A review uses this draft; delete that review first.', 'draft_in_use')
  for (const v of outcome.versions) await deps.meta.units.remove(v.id)
  deps.log.info('audit: draft deleted', { by: by.id, draft: draftId, title: outcome.title })
}

/** Delete an archived review: its record, room records, participants, their sessions and follow-ups. */
export async function deleteReview(
  deps: Deps & { rooms: RoomService },
  by: UserRecord,
  reviewId: string,
): Promise<void> {
  const outcome = await deps.meta.update((d) => {
    const review = d.reviews.find((r) => r.id === reviewId)
    if (!review) return 'missing' as const
    if (!review.archivedAt) return 'not_archived' as const
    const members = new Set(
      d.users
        .filter((u) => u.role === 'participant' && u.participant?.reviewId === reviewId)
        .map((u) => u.id),
    )
    d.reviews = d.reviews.filter((r) => r.id !== reviewId)
    d.rooms = d.rooms.filter((r) => r.reviewId !== reviewId)
    d.users = d.users.filter((u) => !members.has(u.id))
    d.sessions = d.sessions.filter((s) => !members.has(s.userId))
    d.followUps = d.followUps.filter((f) => f.reviewId !== reviewId)
    return review
  })
  if (outcome === 'missing') throw notFound('Review')
  if (outcome === 'not_archived') throw notArchived('review')
  // Open sockets are re-checked at once and closed with "no such room".
  for (const room of roomsOfReview(outcome)) await deps.rooms.refreshAccess(room)
  deps.log.info('audit: review deleted', { by: by.id, review: reviewId, title: outcome.title })
}
