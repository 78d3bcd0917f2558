/**
 * Room documents in PostgreSQL: an append log of updates per room plus a snapshot. A save appends
 * only what this instance has not stored yet (the state diffed against the state vector it last
 * stored or loaded); once a room's log grows, compaction merges snapshot + log + the instance's
 * in-memory state in one transaction and deletes exactly the log rows it read, so an instance that is
 * behind can never drop another's edits (Yjs merges are unions).
 */
import type pg from 'pg'
import * as Y from 'yjs'
import { assertRoomName, type RoomStore } from '../roomFiles.js'
import { SerialQueue } from '../serialQueue.js'
import { inTransaction } from './pool.js'

/** When a room's log is compacted into its snapshot. */
export type CompactionPolicy = { maxRows: number; maxBytes: number }

const DEFAULT_POLICY: CompactionPolicy = { maxRows: 64, maxBytes: 512 * 1024 }

/** Merge stored pieces into one update (through a doc, so the result is as compact as a save). */
function mergePieces(pieces: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  doc.transact(() => {
    for (const p of pieces) Y.applyUpdate(doc, p)
  })
  const out = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return out
}

/** The PostgreSQL room store. */
export class PgRoomStore implements RoomStore {
  /** Per room: the state vector this instance last stored or loaded, and log rows/bytes since compaction. */
  private readonly seen = new Map<string, { sv: Uint8Array; rows: number; bytes: number }>()
  private readonly writing = new SerialQueue()

  constructor(
    private readonly pool: pg.Pool,
    private readonly policy: CompactionPolicy = DEFAULT_POLICY,
  ) {}

  async fetch(room: string): Promise<Uint8Array | null> {
    assertRoomName(room)
    // One statement, so a concurrent compaction can't be seen half done.
    const { rows } = await this.pool.query<{ id: number; data: Buffer }>(
      `SELECT 0 AS id, state AS data FROM room_snapshots WHERE room = $1
       UNION ALL SELECT id, update FROM room_updates WHERE room = $1 ORDER BY id`,
      [room],
    )
    if (!rows.length) return null
    const pieces = rows.map((r) => new Uint8Array(r.data))
    const merged = pieces.length === 1 ? (pieces[0] as Uint8Array) : mergePieces(pieces)
    const logRows = rows.filter((r) => Number(r.id) !== 0)
    this.seen.set(room, {
      sv: Y.encodeStateVectorFromUpdate(merged),
      rows: logRows.length,
      bytes: logRows.reduce((n, r) => n + r.data.byteLength, 0),
    })
    return merged
  }

  store(room: string, state: Uint8Array): Promise<void> {
    try {
      assertRoomName(room)
    } catch (err) {
      return Promise.reject(err)
    }
    return this.writing.run(room, () => this.write(room, state))
  }

  async size(room: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ n: number | null }>(
      `SELECT (SELECT sum(octet_length(state)) FROM room_snapshots WHERE room = $1)
            + COALESCE((SELECT sum(octet_length(update)) FROM room_updates WHERE room = $1), 0) AS n`,
      [room],
    )
    const n = rows[0]?.n
    return n === null || n === undefined ? null : Number(n)
  }

  /** Append what is new since our last save; compact when the log is long. */
  private async write(room: string, state: Uint8Array): Promise<void> {
    const seen = this.seen.get(room)
    if (
      seen &&
      (seen.rows + 1 > this.policy.maxRows || seen.bytes + state.byteLength > this.policy.maxBytes)
    ) {
      await this.compact(room, state)
      return
    }
    const piece = seen ? Y.diffUpdate(state, seen.sv) : state
    await this.pool.query('INSERT INTO room_updates (room, update) VALUES ($1, $2)', [
      room,
      Buffer.from(piece),
    ])
    this.seen.set(room, {
      sv: Y.encodeStateVectorFromUpdate(state),
      rows: (seen?.rows ?? 0) + 1,
      bytes: (seen?.bytes ?? 0) + piece.byteLength,
    })
  }

  /** Merge snapshot + every log row + `state` into the snapshot; delete exactly the rows merged. */
  async compact(room: string, state?: Uint8Array): Promise<void> {
    const merged = await inTransaction(this.pool, async (db) => {
      // Compactions of one room queue up; saves (plain inserts) carry on meanwhile.
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`room:${room}`])
      const snap = await db.query<{ state: Buffer }>('SELECT state FROM room_snapshots WHERE room = $1', [
        room,
      ])
      const log = await db.query<{ id: number; update: Buffer }>(
        'SELECT id, update FROM room_updates WHERE room = $1 ORDER BY id',
        [room],
      )
      const pieces: Uint8Array[] = []
      if (snap.rows[0]) pieces.push(new Uint8Array(snap.rows[0].state))
      for (const r of log.rows) pieces.push(new Uint8Array(r.update))
      if (state) pieces.push(state)
      const out = mergePieces(pieces)
      await db.query(
        `INSERT INTO room_snapshots (room, state) VALUES ($1, $2)
         ON CONFLICT (room) DO UPDATE SET state = excluded.state, updated_at = now()`,
        [room, Buffer.from(out)],
      )
      const ids = log.rows.map((r) => r.id)
      if (ids.length) await db.query('DELETE FROM room_updates WHERE id = ANY($1::bigint[])', [ids])
      return out
    })
    this.seen.set(room, { sv: Y.encodeStateVectorFromUpdate(merged), rows: 0, bytes: 0 })
  }
}
