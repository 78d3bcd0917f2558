/**
 * Revocation: a session that ended (sign-out) or an account whose sessions were ended (password reset)
 * must not keep its open sockets, which were authorised at upgrade time and would otherwise stay live
 * until the next access re-check. The signal names sessions by the hash the store keeps, never by the
 * token, so a bus between instances (issue 17) can carry it as it is and call `rooms.revoke` there.
 */
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import { hashToken } from '../ids.js'
import type { Connection } from './connection.js'

/** Which sockets to close: one session's, or every one of a user's except the caller's own session. */
export type Revocation = { sessionHash: string } | { userId: string; keepSessionHash?: string }

/** Whether a connection belongs to the revoked session or user. */
function revoked(conn: Connection, signal: Revocation): boolean {
  const hash = conn.credentials ? hashToken(conn.credentials) : ''
  if ('sessionHash' in signal) return hash !== '' && hash === signal.sessionHash
  return conn.user.id === signal.userId && hash !== signal.keepSessionHash
}

/** Close every matching open connection with 4401 at once; returns how many were closed. */
export function revokeConnections(conns: Iterable<Connection>, signal: Revocation): number {
  let closed = 0
  for (const conn of conns) {
    if (conn.closed || !revoked(conn, signal)) continue
    conn.close(CLOSE_CODES.notSignedIn, 'signed out')
    closed++
  }
  return closed
}
