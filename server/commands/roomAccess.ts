/**
 * Collab authorisation as a command: who may be in a room, and whether read-only. It resolves the
 * session, looks the room up and asks the same policy as REST. The WebSocket route runs it at upgrade,
 * and `rooms.refreshAccess` re-runs it, so phase changes, locks, moves and sign-outs reach open sockets.
 */
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import { roomAccess } from '../../shared/policies/access.js'
import type { AccessDecision } from '../collab/index.js'
import type { MetaStore } from '../storage/metaStore.js'
import { findRoom, getReview } from '../storage/reviews.js'
import { resolveSession } from '../storage/users.js'
import { viewerOf } from './loaders.js'

/** The authorize callback of the collab route over the metadata store. */
export function createRoomAuthorize(meta: MetaStore, now: () => Date) {
  return async (room: string, token: string | null): Promise<AccessDecision> => {
    // Another instance may have ended the session or changed the review a moment ago.
    await meta.refresh?.()
    const user = token ? resolveSession(meta, token, now()) : null
    if (!user) return { ok: false, code: CLOSE_CODES.notSignedIn, reason: 'not signed in' }
    const record = findRoom(meta, room)
    const review = record && getReview(meta, record.reviewId)
    if (!record || !review) return { ok: false, code: CLOSE_CODES.noSuchRoom, reason: 'no such room' }
    const access = roomAccess(viewerOf(user), review, record.groupId)
    if (access === 'none')
      return { ok: false, code: CLOSE_CODES.forbidden, reason: 'not allowed in this room' }
    return { ok: true, readOnly: access === 'read', user: { id: user.id, name: user.name, role: user.role } }
  }
}
