/**
 * Room documents in PostgreSQL: an append log of updates per room plus a snapshot. A save appends
 * only what this instance has not stored yet (the state diffed against the state vector it last
 * stored or loaded); once a room's log grows, compaction merges snapshot + log + the instance's
 * in-memory state and deletes exactly the log rows it merged, so an instance that is behind can never
 * drop another's edits (Yjs merges are unions).
 *
 * Every snapshot write is a compare-and-swap on the snapshot's generation. The common case needs no
 * read: when the snapshot is still the one the instance's state holds, one statement replaces it
 * with that state and deletes the log rows the instance wrote or loaded (their content is in the
 * state); rows of other instances stay in the log. Otherwise (another instance compacted since), a
 * transaction under the room's advisory lock reads the snapshot and the rows the state may lack,
 * merges, and swaps.
 */
import { createHash } from 'node:crypto'
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

/**
 * Advisory lock of one room's compaction: the two-key form (its own key space, apart from the
 * single-key locks of migrations and metadata), as literals so `BEGIN` and the lock are one round trip.
 */
const ROOM_LOCK_SPACE = 7311
function roomLockSql(room: string): string {
  const key = createHash('sha1').update(room).digest().readInt32BE(0)
  return `BEGIN; SELECT pg_advisory_xact_lock(${ROOM_LOCK_SPACE}, ${key})`
}

/** What this instance knows of a room's stored rows. */
type Seen = {
  /** State vector of what it last stored or loaded. */
  sv: Uint8Array
  /** Log rows and bytes since the last compaction (when to compact). */
  rows: number
  bytes: number
  /** Generation of the snapshot its state holds (0: none). */
  gen: number
  /** Log rows its state holds: the ones it loaded or appended. */
  known: number[]
}

/**
 * The PostgreSQL room store. `fetch` is the load of the document whose states `store` then receives
 * (the room manager loads each room once per instance): the rows it read count as held by that
 * document, so only the room manager may call it on a store it saves through.
 */
export class PgRoomStore implements RoomStore {
  private readonly seen = new Map<string, Seen>()
  private readonly writing = new SerialQueue()

  constructor(
    private readonly pool: pg.Pool,
    private readonly policy: CompactionPolicy = DEFAULT_POLICY,
  ) {}

  async fetch(room: string): Promise<Uint8Array | null> {
    assertRoomName(room)
    // One statement, so a concurrent compaction can't be seen half done.
    const { rows } = await this.pool.query<{ id: number; gen: number | null; data: Buffer }>(
      `SELECT 0::bigint AS id, gen, state AS data FROM room_snapshots WHERE room = $1
       UNION ALL SELECT id, NULL, update FROM room_updates WHERE room = $1 ORDER BY id`,
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
      gen: Number(rows.find((r) => Number(r.id) === 0)?.gen ?? 0),
      known: logRows.map((r) => Number(r.id)),
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
    const { rows } = await this.pool.query<{ id: number }>(
      'INSERT INTO room_updates (room, update) VALUES ($1, $2) RETURNING id',
      [room, Buffer.from(piece)],
    )
    this.seen.set(room, {
      sv: Y.encodeStateVectorFromUpdate(state),
      rows: (seen?.rows ?? 0) + 1,
      bytes: (seen?.bytes ?? 0) + piece.byteLength,
      gen: seen?.gen ?? 0,
      known: [...(seen?.known ?? []), Number(rows[0]?.id)],
    })
  }

  /**
   * Merge snapshot + log + `state` (this instance's current state of the room) into the snapshot and
   * delete exactly the log rows merged. Without `state`, every row is read and merged.
   */
  async compact(room: string, state?: Uint8Array): Promise<void> {
    assertRoomName(room)
    const seen = state ? this.seen.get(room) : undefined
    const done =
      (state && seen && (await this.swapWithoutReading(room, state, seen))) ??
      (await this.mergeAndSwap(room, state, seen))
    this.seen.set(room, {
      sv: Y.encodeStateVectorFromUpdate(done.merged),
      rows: 0,
      bytes: 0,
      gen: done.gen,
      known: [],
    })
  }

  /** One statement: replace the snapshot generation `seen.gen` by `state`; null if it moved on. */
  private async swapWithoutReading(
    room: string,
    state: Uint8Array,
    seen: Seen,
  ): Promise<{ merged: Uint8Array; gen: number } | null> {
    const write =
      seen.gen === 0
        ? 'INSERT INTO room_snapshots (room, state) VALUES ($1, $2) ON CONFLICT (room) DO NOTHING RETURNING gen'
        : `UPDATE room_snapshots SET state = $2, gen = gen + 1, updated_at = now()
             WHERE room = $1 AND gen = $4 RETURNING gen`
    const { rows } = await this.pool.query<{ gen: number }>(
      `WITH snap AS (${write}),
            merged_rows AS (DELETE FROM room_updates WHERE id = ANY($3::bigint[]) AND EXISTS (SELECT 1 FROM snap))
       SELECT gen FROM snap`,
      [room, bytes(state), seen.known, ...(seen.gen === 0 ? [] : [seen.gen])],
    )
    return rows[0] ? { merged: state, gen: Number(rows[0].gen) } : null
  }

  /** Under the room's lock: read what `state` may lack, merge, and swap (retried if a first snapshot raced in). */
  private async mergeAndSwap(
    room: string,
    state: Uint8Array | undefined,
    seen: Seen | undefined,
  ): Promise<{ merged: Uint8Array; gen: number }> {
    for (let attempt = 1; ; attempt++) {
      const done = await inTransaction(
        this.pool,
        async (db) => {
          // FOR UPDATE: a concurrent swap without reading waits, then sees the generation moved.
          const snap = await db.query<{ gen: number; data: Buffer | null }>(
            'SELECT gen, CASE WHEN gen = $2 THEN NULL ELSE state END AS data FROM room_snapshots WHERE room = $1 FOR UPDATE',
            [room, seen?.gen ?? -1],
          )
          const log = await db.query<{ id: number; data: Buffer | null }>(
            'SELECT id, CASE WHEN id = ANY($2::bigint[]) THEN NULL ELSE update END AS data FROM room_updates WHERE room = $1 ORDER BY id',
            [room, seen?.known ?? []],
          )
          const pieces: Uint8Array[] = [...snap.rows, ...log.rows].flatMap((r) =>
            r.data ? [new Uint8Array(r.data)] : [],
          )
          if (state) pieces.push(state)
          const merged = state && pieces.length === 1 ? state : mergePieces(pieces)
          const gen = snap.rows[0] ? Number(snap.rows[0].gen) : 0
          const write =
            gen === 0
              ? 'INSERT INTO room_snapshots (room, state) VALUES ($1, $2) ON CONFLICT (room) DO NOTHING RETURNING gen'
              : 'UPDATE room_snapshots SET state = $2, gen = gen + 1, updated_at = now() WHERE room = $1 RETURNING gen'
          const { rows } = await db.query<{ gen: number }>(
            `WITH snap AS (${write}),
                  merged_rows AS (DELETE FROM room_updates WHERE id = ANY($3::bigint[]) AND EXISTS (SELECT 1 FROM snap))
             SELECT gen FROM snap`,
            [room, bytes(merged), log.rows.map((r) => Number(r.id))],
          )
          return rows[0] ? { merged, gen: Number(rows[0].gen) } : null
        },
        roomLockSql(room),
      )
      if (done) return done
      // Another instance stored this room's first snapshot meanwhile: read it and merge again.
      if (attempt >= 3) throw new Error(`Compaction of room ${room} kept racing with another instance`)
    }
  }
}

/** A Buffer over the same bytes (pg sends Buffers as binary parameters). */
function bytes(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer as ArrayBuffer, u.byteOffset, u.byteLength)
}
