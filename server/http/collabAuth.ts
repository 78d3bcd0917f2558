/**
 * `authorize` for the collab WebSocket: resolves the user from `?token=`, the bearer header or the
 * cookie, looks the room up in lowdb, and asks the same policy as REST. It is re-run by
 * `rooms.refreshAccess`, so phase changes, locks, moves and sign-outs reach open sockets.
 */
import type { IncomingMessage } from 'node:http'
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import type { AccessDecision } from '../collab/index.js'
import { viewerOf } from '../commands/loaders.js'
import { roomAccess } from '../policies/access.js'
import type { MetaStore } from '../storage/metaStore.js'
import { findRoom, getReview } from '../storage/reviews.js'
import { resolveSession } from '../storage/users.js'
import { SESSION_COOKIE } from './session.js'

/**
 * The session token of an upgrade request, read as `tokenOf` reads HTTP requests: an explicit
 * `?token=` wins over a cookie the browser may still hold from another sign-in; then the bearer
 * header (a malformed one gives '' rather than falling back to the cookie); then the cookie.
 */
export function collabCredentials(req: Pick<IncomingMessage, 'url' | 'headers'>): string | null {
  const query = req.url?.indexOf('?') ?? -1
  const token = query < 0 ? null : new URLSearchParams(req.url?.slice(query + 1)).get('token')
  if (token) return token
  const auth = req.headers.authorization
  if (auth) return /^Bearer\s+(\S+)$/i.exec(auth.trim())?.[1] ?? ''
  return cookieValue(req.headers.cookie, SESSION_COOKIE)
}

/** One cookie's value from a Cookie header (percent-decoded, quotes removed), or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    let value = part.slice(eq + 1).trim()
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      return decodeURIComponent(value) || null
    } catch {
      return value || null
    }
  }
  return null
}

/** Build the authorize callback over the metadata store. */
export function createCollabAuthorize(meta: MetaStore, now: () => Date) {
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
