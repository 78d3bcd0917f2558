/** Figures about the live rooms, and applying a fresh access decision to a peer. */
import type { Connection } from './connection.js'
import type { Room } from './room.js'
import type { AccessDecision } from './types.js'

/** One loaded room's figures. */
export type RoomStats = {
  room: string
  connections: number
  readOnlyConnections: number
  dirty: boolean
  saving: boolean
  saveFailures: number
  lastSavedAt: number | null
  /** Size of the last stored snapshot (the payload, without the file header). */
  lastSavedBytes: number | null
}

/** The manager's figures. */
export type RoomManagerStats = { rooms: number; loading: number; connections: number; perRoom: RoomStats[] }

/** Collect figures from the loaded rooms. */
export function roomStats(rooms: Iterable<Room>, loading: number): RoomManagerStats {
  const perRoom: RoomStats[] = []
  for (const r of rooms) {
    perRoom.push({
      room: r.name,
      connections: r.conns.size,
      readOnlyConnections: [...r.conns].filter((c) => c.readOnly).length,
      dirty: r.saver.dirty,
      saving: r.saver.saving,
      saveFailures: r.saver.failures,
      lastSavedAt: r.saver.lastSavedAt,
      lastSavedBytes: r.lastSavedBytes,
    })
  }
  return {
    rooms: perRoom.length,
    loading,
    connections: perRoom.reduce((n, r) => n + r.connections, 0),
    perRoom,
  }
}

/** Apply a decision to a live peer: update its access, or close it with the refusal code. */
export function applyAccess(conn: Connection, decision: AccessDecision): void {
  if (decision.ok) {
    const regainedWrite = conn.readOnly && !decision.readOnly
    conn.readOnly = decision.readOnly
    // Updates it sent while read-only were dropped; its later ones depend on them and would stay
    // pending. Ask for everything we lack, as on a fresh connect.
    if (regainedWrite) conn.resync()
    conn.user = decision.user
  } else {
    conn.close(decision.code, decision.reason)
  }
}
