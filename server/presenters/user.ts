/** Public shapes of users: never a hash, salt or device id. */
import type { AccountView, MeView } from '../../shared/domain/account.js'
import type { PublicUser } from '../../shared/domain/review.js'
import type { UserRecord } from '../storage/metaTypes.js'

/** `{id, name, role}`. */
export function presentUser(u: UserRecord): PublicUser {
  return { id: u.id, name: u.name, role: u.role }
}

/** An account as the admin's user list shows it: `deactivated` is present when switched off. */
export function presentAccount(u: UserRecord): AccountView {
  return { ...presentUser(u), ...(u.deactivated ? { deactivated: true } : {}) }
}

/** `GET /api/me` body. */
export function presentMe(u: UserRecord): MeView {
  return {
    user: presentUser(u),
    preferences: u.preferences ?? {},
    ...(u.participant
      ? { participant: { reviewId: u.participant.reviewId, groupId: u.participant.groupId } }
      : {}),
  }
}
