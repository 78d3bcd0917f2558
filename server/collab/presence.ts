/**
 * Presence is the server's word on who is here: every awareness state a connection publishes is
 * stamped with that connection's user (id, name, role), whatever the client wrote, so a member cannot
 * appear as someone else or as staff. Colours are only ever `#rrggbb` — clients put them into style
 * attributes, so anything else could inject CSS (a crafted value once drew a fake "session expired"
 * notice over the draft).
 *
 * Also a connection's presence bookkeeping: which ids it owns, echoes it may drop, what it leaves behind.
 */
import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { safePresenceColor } from '../../shared/collab/presenceColor.js'
import type { Connection } from './connection.js'
import {
  type AwarenessEntry,
  type ClientMessage,
  checkAwarenessStates,
  encodeAwarenessEntries,
  ProtocolError,
} from './protocol.js'
import type { CollabUser } from './types.js'

/** A connection's presence ids before it brings any (shared, so an idle peer holds no array). */
export const NO_IDS: readonly number[] = Object.freeze([])

/** The state JSON with `user` replaced by the connection's identity and a safe colour. */
export function stampPresence(stateJson: string, user: CollabUser): string {
  const state = JSON.parse(stateJson) as Record<string, unknown>
  const color = safePresenceColor((state.user as { color?: unknown } | undefined)?.color)
  state.user = { id: user.id, name: user.name, ...(user.role ? { role: user.role } : {}), color }
  return JSON.stringify(state)
}

/**
 * True for an awareness message whose every entry is another peer's, at a clock the room already has.
 * y-websocket clients echo every awareness change they receive; such an echo changes nothing.
 */
export function isAwarenessEcho(conn: Connection, msg: ClientMessage): boolean {
  if (msg.kind !== 'awareness') return false
  const { awareness, awarenessOwners } = conn.room
  return msg.entries.every((e) => {
    const owner = awarenessOwners.get(e.clientID)
    const known = awareness.meta.get(e.clientID)?.clock
    if (owner === conn || known === undefined || e.clock > known) return false
    // A present state nobody owns yet is claimed by the next peer that sends it: not an echo.
    if (owner === undefined && awareness.getStates().has(e.clientID)) return false
    // Same clock with a null state still removes a present client (y-protocols rule): not an echo.
    return e.clock < known || e.stateJson !== 'null' || !awareness.getStates().has(e.clientID)
  })
}

/** Apply a peer's awareness entries: only its own ids, stamped with its identity, at most `maxIds` of them. */
export function applyPeerAwareness(conn: Connection, entries: AwarenessEntry[], maxIds: number): void {
  const { awareness, awarenessOwners, guard } = conn.room
  // The server's own (null) state can't be touched by peers.
  checkAwarenessStates(entries)
  const own = entries.flatMap((e) => {
    if (e.clientID === awareness.clientID) return []
    if (e.stateJson === 'null') return [e]
    // Only the connection that owns a presence id sets its state, read-only connections publish
    // none, and what is published carries this connection's identity (stampPresence).
    // (Rooms without rules — the bare engine — relay presence as sent.)
    if (!guard) return [e]
    const owner = awarenessOwners.get(e.clientID)
    if ((owner !== undefined && owner !== conn) || conn.readOnly) return []
    return [{ ...e, stateJson: stampPresence(e.stateJson, conn.user) }]
  })
  if (!own.length) return
  // A real client presents one id (a few across reloads). Each id a peer owns is broadcast to the
  // room and removed in one message when it leaves, so a peer inventing ids is refused.
  const claimed = own.filter((e) => e.stateJson !== 'null' && !awarenessOwners.has(e.clientID)).length
  if (conn.awarenessIds.length + claimed > maxIds)
    throw new ProtocolError('too many presence ids on one connection')
  applyAwarenessUpdate(awareness, encodeAwarenessEntries(own), conn)
  // y-websocket clients re-send every awareness change they receive, so a client id belongs to
  // the first connection that brought it; relays by others don't move it.
  for (const e of own) {
    const owner = awarenessOwners.get(e.clientID)
    if (awareness.getStates().has(e.clientID)) {
      if (owner === undefined) {
        awarenessOwners.set(e.clientID, conn)
        conn.awarenessIds = [...conn.awarenessIds, e.clientID]
      }
    } else if (owner === conn) {
      awarenessOwners.delete(e.clientID)
      conn.awarenessIds = conn.awarenessIds.filter((id) => id !== e.clientID)
    }
  }
}

/** A leaving connection's presence: its ids are forgotten and removed for everyone in one message. */
export function releasePresence(conn: Connection): void {
  const { awareness, awarenessOwners } = conn.room
  const ids = conn.awarenessIds.filter((id) => awarenessOwners.get(id) === conn)
  for (const id of ids) awarenessOwners.delete(id)
  conn.awarenessIds = NO_IDS
  if (ids.length) removeAwarenessStates(awareness, ids, null)
}
