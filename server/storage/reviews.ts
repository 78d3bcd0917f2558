/** Repository functions for reviews, their groups, rooms and participants. */
import type { MetaStore } from './metaStore.js'
import type { ReviewRecord, RoomRecord, UserRecord } from './metaTypes.js'

/** All reviews, newest first. */
export function listReviews(store: MetaStore): ReviewRecord[] {
  return [...store.data.reviews].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  )
}

/** A review by id. */
export function getReview(store: MetaStore, id: string): ReviewRecord | undefined {
  return store.data.reviews.find((r) => r.id === id)
}

/** The review whose current join code is `code` (already normalised). */
export function findReviewByCode(store: MetaStore, code: string): ReviewRecord | undefined {
  // Switched-off codes are found too, so a newcomer hears "joining is closed" rather than "not valid".
  return store.data.reviews.find((r) => r.joinCode !== null && r.joinCode === code)
}

/** Add a review and register its rooms. */
export function insertReview(store: MetaStore, review: ReviewRecord): Promise<ReviewRecord> {
  return store.update((d) => {
    d.reviews.push(review)
    for (const g of review.groups) d.rooms.push({ name: g.room, reviewId: review.id, groupId: g.id })
    d.rooms.push({ name: review.consolidatedRoom, reviewId: review.id, groupId: 'consolidated' })
    return review
  })
}

/** Change fields of a review in place. */
export function patchReview(
  store: MetaStore,
  id: string,
  patch: Partial<ReviewRecord>,
): Promise<ReviewRecord | undefined> {
  return store.update((d) => {
    const r = d.reviews.find((x) => x.id === id)
    if (r) Object.assign(r, patch)
    return r
  })
}

/** The review and group a room belongs to. */
export function findRoom(store: MetaStore, name: string): RoomRecord | undefined {
  return store.data.rooms.find((r) => r.name === name)
}

/** Every room of a review. */
export function roomsOfReview(review: ReviewRecord): string[] {
  return [...review.groups.map((g) => g.room), review.consolidatedRoom]
}

/** Participants who joined a review. */
export function participantsOf(store: MetaStore, reviewId: string): UserRecord[] {
  return store.data.users.filter((u) => u.role === 'participant' && u.participant?.reviewId === reviewId)
}
