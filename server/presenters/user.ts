/** Public shapes of users: never a hash, salt or device id. */
import type { PublicUser } from '../../shared/domain/review.js'
import type { UserRecord } from '../storage/metaTypes.js'

/** `{id, name, role}`. */
export function presentUser(u: UserRecord): PublicUser {
  return { id: u.id, name: u.name, role: u.role }
}

/** `GET /api/me` body. */
export function presentMe(u: UserRecord) {
  return {
    user: presentUser(u),
    preferences: u.preferences ?? {},
    ...(u.participant
      ? { participant: { reviewId: u.participant.reviewId, groupId: u.participant.groupId } }
      : {}),
  }
}
