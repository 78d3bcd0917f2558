/** Review commands: create, and the facilitator's controls that change access at once. */
import { consolidatedRoomName, groupRoomName } from '../../shared/collab/rooms.js'
import { CONSOLIDATED, type Phase } from '../../shared/domain/review.js'
import { badRequest, notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import { newId, newJoinCode } from '../ids.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { ReviewRecord, UserRecord } from '../storage/metaTypes.js'
import {
  findReviewByCode,
  insertReview,
  participantsOf,
  patchReview,
  roomsOfReview,
} from '../storage/reviews.js'
import { patchUser } from '../storage/users.js'
import { loadDraftVersion } from './loaders.js'
import { DEFAULT_METHODOLOGY_ID, latestPack, pinPack } from './packs.js'

/** Input of `POST /api/reviews` after validation. */
export type NewReview = {
  title: string
  draftId: string
  versionId?: string
  methodologyId?: string
  groups: string[]
}

/** A join code no current review uses. */
export function uniqueJoinCode(meta: MetaStore): string {
  for (;;) {
    const code = newJoinCode()
    if (!findReviewByCode(meta, code)) return code
  }
}

/**
 * The join-code change a facilitator asked for: `regenerate` issues a new code, `disable` switches
 * joining off but keeps the code (so it can say "joining is closed"), `enable` switches it back on
 * with the same code (a new one only when none is left from before).
 */
export function joinCodePatch(
  meta: MetaStore,
  review: Pick<ReviewRecord, 'joinCode'>,
  action: 'regenerate' | 'disable' | 'enable',
): Pick<ReviewRecord, 'joinCode' | 'joinDisabled'> {
  if (action === 'disable') return { joinCode: review.joinCode, joinDisabled: true }
  if (action === 'enable' && review.joinCode) return { joinCode: review.joinCode, joinDisabled: false }
  return { joinCode: uniqueJoinCode(meta), joinDisabled: false }
}

/** Create a review of one draft version with named groups; pins the pack version it uses. */
export async function createReview(
  meta: MetaStore,
  input: NewReview,
  by: string,
  now: Date,
): Promise<ReviewRecord> {
  const { version } = loadDraftVersion(meta, input.draftId, input.versionId)
  const pack = latestPack(meta, input.methodologyId ?? DEFAULT_METHODOLOGY_ID)
  const names = input.groups.map((g) => g.trim())
  if (new Set(names.map((n) => n.toLocaleLowerCase())).size !== names.length)
    throw badRequest('Group names must be different.')
  const id = newId()
  const groups = names.map((name) => {
    const gid = newId(8)
    return { id: gid, name, room: groupRoomName(id, gid) }
  })
  const review: ReviewRecord = {
    id,
    title: input.title,
    draftId: input.draftId,
    versionId: version.id,
    methodologyId: pack.id,
    methodologyVersion: pack.version,
    phase: 'annotate',
    joinCode: uniqueJoinCode(meta),
    groups,
    consolidatedRoom: consolidatedRoomName(id),
    locked: [],
    reference: null,
    createdAt: now.toISOString(),
    createdBy: by,
  }
  await pinPack(meta, pack, now)
  return insertReview(meta, review)
}

/** Re-check every open connection of the review's rooms (phase, lock, moves apply at once). */
export async function refreshReviewRooms(
  rooms: RoomService,
  review: ReviewRecord,
  only?: string[],
): Promise<void> {
  for (const room of only ?? roomsOfReview(review)) {
    // Each open socket is re-checked and told (ACCESS_CHANGED_MESSAGE), so editors re-read the review
    // and lock (or unlock) the UI at once.
    await rooms.refreshAccess(room)
  }
}

/** Change the phase and apply it to open connections. */
export async function setPhase(
  meta: MetaStore,
  rooms: RoomService,
  review: ReviewRecord,
  phase: Phase,
): Promise<ReviewRecord> {
  const updated = (await patchReview(meta, review.id, { phase })) ?? review
  await refreshReviewRooms(rooms, updated)
  return updated
}

/** Lock or unlock one group. */
export async function setGroupLock(
  meta: MetaStore,
  rooms: RoomService,
  review: ReviewRecord,
  groupId: string,
  locked: boolean,
): Promise<ReviewRecord> {
  const group = review.groups.find((g) => g.id === groupId)
  if (!group) throw notFound('Group')
  const next = locked ? [...new Set([...review.locked, groupId])] : review.locked.filter((x) => x !== groupId)
  const updated = (await patchReview(meta, review.id, { locked: next })) ?? review
  await refreshReviewRooms(rooms, updated, [group.room])
  return updated
}

/** Regenerate, disable or enable the join code (existing participants stay signed in). */
export async function setJoinCode(
  meta: MetaStore,
  review: ReviewRecord,
  action: 'regenerate' | 'disable' | 'enable',
): Promise<ReviewRecord> {
  return (await patchReview(meta, review.id, joinCodePatch(meta, review, action))) ?? review
}

/** Move a participant to another group; their open sockets are re-checked at once. */
export async function moveParticipant(
  meta: MetaStore,
  rooms: RoomService,
  review: ReviewRecord,
  userId: string,
  groupId: string,
): Promise<UserRecord> {
  const user = participantsOf(meta, review.id).find((u) => u.id === userId)
  if (!user?.participant) throw notFound('Participant')
  if (!review.groups.some((g) => g.id === groupId)) throw notFound('Group')
  const moved = await patchUser(meta, user.id, { participant: { ...user.participant, groupId } })
  await refreshReviewRooms(rooms, review)
  return moved ?? user
}

/** Mark a group (or the consolidated findings) as the reference answer, or clear it with null. */
export async function setReference(
  meta: MetaStore,
  review: ReviewRecord,
  reference: string | null,
): Promise<ReviewRecord> {
  if (reference !== null && reference !== CONSOLIDATED && !review.groups.some((g) => g.id === reference))
    throw badRequest('The reference must be a group of this review, "consolidated" or null.')
  return (await patchReview(meta, review.id, { reference })) ?? review
}
