/**
 * `authorize` for the collab WebSocket: resolves the user from `?token=`, the bearer header or the
 * cookie, looks the room up in lowdb, and asks the same policy as REST. It is re-run by
 * `rooms.refreshAccess`, so phase changes, locks, moves and sign-outs reach open sockets.
 */
import type { Context } from 'hono'
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import type { AccessDecision } from '../collab/index.js'
import { viewerOf } from '../commands/loaders.js'
import { roomAccess } from '../policies/access.js'
import type { MetaStore } from '../storage/metaStore.js'
import { findRoom, getReview } from '../storage/reviews.js'
import { resolveSession } from '../storage/users.js'
import { tokenOf } from './session.js'

/** The session token of an upgrade request. An explicit ?token= wins over a cookie the browser may still hold from another sign-in. */
export function collabCredentials(c: Context): string | null {
  return c.req.query('token') || tokenOf(c)
}

/** Build the authorize callback over the metadata store. */
export function createCollabAuthorize(meta: MetaStore, now: () => Date) {
  return async (room: string, token: string | null): Promise<AccessDecision> => {
    const user = token ? resolveSession(meta, token, now()) : null
    if (!user) return { ok: false, code: CLOSE_CODES.notSignedIn, reason: 'not signed in' }
    const record = findRoom(meta, room)
    const review = record && getReview(meta, record.reviewId)
    if (!record || !review) return { ok: false, code: CLOSE_CODES.noSuchRoom, reason: 'no such room' }
    const access = roomAccess(viewerOf(user), review, record.groupId)
    if (access === 'none')
      return { ok: false, code: CLOSE_CODES.forbidden, reason: 'not allowed in this room' }
    return { ok: true, readOnly: access === 'read', user: { id: user.id, name: user.name } }
  }
}
