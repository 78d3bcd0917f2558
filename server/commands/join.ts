/**
 * Joining a group with a code. Rejoining keeps the same identity when the request proves it is the
 * same person on the same device: either it still carries a session of a participant of this review,
 * or it sends the same `deviceId` (a random id the browser keeps) with the same name and group.
 * A rejoin only ever returns to the participant's current group: moving people is the
 * facilitator's (otherwise one could read another group in the blind phase, or leave a lock, and
 * come back). Someone else on a shared device signs out first.
 */
import { AppError, conflict, notFound } from '../errors.js'
import { newId } from '../ids.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { GroupRecord, ReviewRecord, UserRecord } from '../storage/metaTypes.js'
import { findReviewByCode, participantsOf } from '../storage/reviews.js'
import { insertUser, patchUser } from '../storage/users.js'
import { admitNewParticipant, checkParticipantName } from './joinRules.js'

/** Validated join input; `code` already normalised. */
export type JoinInput = { code: string; name: string; groupId: string; deviceId?: string; address: string }

/**
 * The review and group a code opens; 404 for an unknown code, 409 `joining_closed` when the
 * facilitator switched joining off or the review is closed (existing participants keep their rooms).
 */
export function resolveJoinCode(meta: MetaStore, code: string): ReviewRecord {
  const review = findReviewByCode(meta, code)
  if (!review) throw notFound('Join code')
  if (review.joinDisabled || review.phase === 'closed')
    throw new AppError(409, 'joining_closed', 'Joining is closed for this review.')
  return review
}

const same = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase()

/** Find or create the participant; `current` is the user behind the request's session, if any. */
export async function joinGroup(
  meta: MetaStore,
  input: JoinInput,
  current: UserRecord | null,
  now: Date,
): Promise<{ user: UserRecord; review: ReviewRecord; group: GroupRecord }> {
  const review = resolveJoinCode(meta, input.code)
  const group = review.groups.find((g) => g.id === input.groupId)
  if (!group) throw notFound('Group')
  const matches = (u: UserRecord) =>
    u.role === 'participant' &&
    u.participant?.reviewId === review.id &&
    u.participant.groupId === group.id &&
    same(u.name, input.name)
  if (current?.role === 'participant' && current.participant?.reviewId === review.id) {
    if (matches(current)) return { user: current, review, group }
    const own = review.groups.find((g) => g.id === current.participant?.groupId)
    if (current.participant.groupId !== group.id)
      throw conflict(
        `You already joined ${own ? `“${own.name}”` : 'another group'} of this review. The facilitator can move you; to join as someone else, sign out first.`,
        'already_joined',
      )
    checkParticipantName(meta, input.name)
    const user = (await patchUser(meta, current.id, { name: input.name })) ?? current
    return { user, review, group }
  }
  if (input.deviceId) {
    const known = participantsOf(meta, review.id).find(
      (u) => matches(u) && u.participant?.deviceId === input.deviceId,
    )
    if (known) return { user: known, review, group }
  }
  checkParticipantName(meta, input.name)
  admitNewParticipant(meta, review, input.address)
  const user: UserRecord = {
    id: newId(),
    name: input.name,
    role: 'participant',
    createdAt: now.toISOString(),
    preferences: current?.preferences ?? {},
    participant: {
      reviewId: review.id,
      groupId: group.id,
      ...(input.deviceId ? { deviceId: input.deviceId } : {}),
    },
  }
  await insertUser(meta, user)
  return { user, review, group }
}
