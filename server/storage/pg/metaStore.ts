/**
 * The metadata store on PostgreSQL, behind the same synchronous-read `MetaStore` interface as lowdb:
 * rows are loaded into memory at start, and every `update` runs under one database-wide advisory
 * lock — catch up on other instances' rows, run the change, write exactly the rows it changed, commit —
 * so check-then-insert code (first admin, version numbers, join codes) is safe across instances and
 * revisions commit in order. The database enforces those same facts by itself too (unique indexes and
 * `meta_claims`, see metaClaims.ts). An update serialises again only the collections the change
 * function used (a proxy records them), and a catch-up only the rows it applied. Reads catch up with
 * one cheap query (`refresh`) before each request.
 */
import type pg from 'pg'
import { conflicting, DomainError, unavailable } from '../../domainErrors.js'
import type { MetaStore } from '../metaStore.js'
import { emptyMeta, type MetaData } from '../metaTypes.js'
import { writeClaims } from './metaClaims.js'
import {
  applyRows,
  assertTracked,
  diffRows,
  type RowChange,
  type RowSnapshot,
  resnapshot,
  restoreFromSnapshot,
  type StoredRow,
  snapshotApplied,
  snapshotRows,
  tracking,
} from './metaRows.js'
import { META_WRITE_LOCK } from './migrations.js'
import { isUniqueViolation } from './pool.js'
import { pgVersionUnits } from './versionUnits.js'

/** What changed when this instance caught up on other instances' writes. */
export type RemoteChange = { colls: Set<string>; deletedIn: Set<string> }

/** The PostgreSQL metadata store; `refresh` and `onRemoteChange` are what the cluster wiring uses. */
export type PgMetaStore = MetaStore & {
  readonly kind: 'postgres'
  /** Catch up on rows other instances committed since the last look. */
  refresh(): Promise<void>
  /** Called after rows of other instances were applied. */
  onRemoteChange(listener: (change: RemoteChange) => void): void
  /** Called after this instance committed a change (the bus tells the others at once). */
  onCommit(listener: (rev: number) => void): void
  readonly rev: number
}

type Queryable = Pick<pg.PoolClient, 'query'>

const SELECT_SINCE = 'SELECT coll, key, doc, deleted, rev FROM meta_rows WHERE rev > $1 ORDER BY rev'

/** Load every live row into a fresh `MetaData` (rows in insertion order). */
async function loadAll(db: Queryable): Promise<{ data: MetaData; rev: number }> {
  const rev = Number(
    (await db.query<{ rev: number }>('SELECT COALESCE(max(rev), 0) AS rev FROM meta_rows')).rows[0]?.rev ?? 0,
  )
  const { rows } = await db.query<StoredRow & { rev: number }>(
    'SELECT coll, key, doc, deleted FROM meta_rows WHERE NOT deleted AND rev <= $1 ORDER BY pos',
    [rev],
  )
  const data = emptyMeta()
  const target = data as unknown as Record<string, unknown>
  const grouped = new Map<string, unknown[]>()
  for (const row of rows) {
    if (row.key === '_' && !Array.isArray(target[row.coll])) {
      target[row.coll] = row.doc
      continue
    }
    const list = grouped.get(row.coll) ?? []
    if (!grouped.has(row.coll)) grouped.set(row.coll, list)
    list.push(row.doc)
  }
  for (const [coll, list] of grouped) target[coll] = list
  return { data, rev }
}

/** Write `changes` with fresh revisions; returns the highest revision written. */
async function writeRows(db: Queryable, changes: RowChange[]): Promise<number> {
  let top = 0
  const live = changes.filter((c) => c.json !== null)
  const dead = changes.filter((c) => c.json === null)
  if (live.length) {
    const { rows } = await db.query<{ rev: number }>(
      `INSERT INTO meta_rows (coll, key, doc, rev, pos, deleted)
       SELECT c, k, d::jsonb, v, v, false FROM (
         SELECT c, k, d, nextval('meta_rev') AS v FROM unnest($1::text[], $2::text[], $3::text[]) AS t(c, k, d)
       ) s
       ON CONFLICT (coll, key) DO UPDATE
         SET doc = excluded.doc, rev = excluded.rev, deleted = false, updated_at = now()
       RETURNING rev`,
      [live.map((c) => c.coll), live.map((c) => c.key), live.map((c) => c.json)],
    )
    for (const r of rows) top = Math.max(top, Number(r.rev))
  }
  if (dead.length) {
    const { rows } = await db.query<{ rev: number }>(
      `UPDATE meta_rows m SET doc = NULL, deleted = true, rev = nextval('meta_rev'), updated_at = now()
       FROM unnest($1::text[], $2::text[]) AS t(c, k)
       WHERE m.coll = t.c AND m.key = t.k AND NOT m.deleted
       RETURNING m.rev`,
      [dead.map((c) => c.coll), dead.map((c) => c.key)],
    )
    for (const r of rows) top = Math.max(top, Number(r.rev))
  }
  return top
}

/** Options of the store (tests). */
export type PgMetaOptions = {
  /** Serialise every row after each update too and fail if tracking missed a change (default under vitest). */
  checkTracking?: boolean
  /** Take the database-wide write lock (default); tests switch it off to show the constraints alone hold. */
  writeLock?: boolean
}

/** Open the store: load every row. */
export async function openPgMetaStore(pool: pg.Pool, opts: PgMetaOptions = {}): Promise<PgMetaStore> {
  const options = { checkTracking: Boolean(process.env.VITEST), writeLock: true, ...opts }
  // Tombstones only matter to instances that are behind by seconds; keep a day of them.
  await pool.query("DELETE FROM meta_rows WHERE deleted AND updated_at < now() - interval '1 day'")
  const loaded = await loadAll(pool)
  const data = loaded.data
  let rev = loaded.rev
  let snap: RowSnapshot = snapshotRows(data)
  const remoteListeners: ((c: RemoteChange) => void)[] = []
  const commitListeners: ((rev: number) => void)[] = []
  /** Serialises catch-ups and updates within this process. */
  let chain: Promise<unknown> = Promise.resolve()
  let pendingRefresh: Promise<void> | null = null

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task)
    chain = run.catch(() => undefined)
    return run
  }

  /** Apply other instances' rows newer than `rev`; returns what changed. */
  const catchUp = async (db: Queryable): Promise<RemoteChange | null> => {
    const { rows } = await db.query<StoredRow & { rev: number }>(SELECT_SINCE, [rev])
    if (!rows.length) return null
    const empty = emptyMeta()
    applyRows(data, rows, empty)
    rev = Number(rows[rows.length - 1]?.rev ?? rev)
    snapshotApplied(snap, data, rows)
    const change: RemoteChange = { colls: new Set(), deletedIn: new Set() }
    for (const r of rows) {
      change.colls.add(r.coll)
      if (r.deleted) change.deletedIn.add(r.coll)
    }
    return change
  }

  const announce = (change: RemoteChange | null) => {
    if (!change) return
    for (const l of remoteListeners) {
      try {
        l(change)
      } catch {
        // a listener's failure must not break the store
      }
    }
  }

  const store: PgMetaStore = {
    kind: 'postgres',
    get data() {
      return data
    },
    get rev() {
      return rev
    },
    units: pgVersionUnits(pool),
    refresh() {
      // Callers arriving while a catch-up waits in the queue share it.
      pendingRefresh ??= enqueue(async () => {
        pendingRefresh = null
        announce(await catchUp(pool))
      })
      return pendingRefresh
    },
    update<T>(fn: (d: MetaData) => T): Promise<T> {
      return enqueue(async () => {
        let client: pg.PoolClient
        try {
          client = await pool.connect()
        } catch (err) {
          throw unavailable(`Could not save changes: ${(err as Error).message}`)
        }
        let remote: RemoteChange | null = null
        const touched = new Set<string>()
        let result: T
        try {
          await client.query(
            options.writeLock === false ? 'BEGIN' : `BEGIN; SELECT pg_advisory_xact_lock(${META_WRITE_LOCK})`,
          )
          remote = await catchUp(client)
          try {
            result = fn(tracking(data, touched))
          } catch (err) {
            restoreFromSnapshot(data, snap, emptyMeta(), touched)
            throw err
          }
          const next = resnapshot(snap, data, touched)
          const changes = diffRows(snap, next)
          if (options.checkTracking) {
            const all = diffRows(snap, snapshotRows(data))
            for (const c of all) touched.add(c.coll) // so that a miss is rolled back too
            assertTracked(changes, all)
          }
          await writeClaims(client, changes, snap)
          const top = changes.length ? await writeRows(client, changes) : 0
          await client.query('COMMIT')
          snap = next
          if (top) {
            rev = Math.max(rev, top)
            for (const l of commitListeners) l(rev)
          }
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined)
          restoreFromSnapshot(data, snap, emptyMeta(), touched)
          if (err instanceof DomainError) throw err
          if (isUniqueViolation(err))
            throw conflicting('This conflicts with a change made at the same time; try again.')
          if (isDatabaseError(err)) throw unavailable(`Could not save changes: ${(err as Error).message}`)
          throw err
        } finally {
          client.release()
          announce(remote)
        }
        return result
      })
    },
    async flush() {
      // Every update is committed before it resolves; nothing is held back.
      await chain
    },
    onRemoteChange(listener) {
      remoteListeners.push(listener)
    },
    onCommit(listener) {
      commitListeners.push(listener)
    },
  }
  return store
}

/** Errors from the driver or the network (as opposed to a bug in the change function). */
function isDatabaseError(err: unknown): boolean {
  if (!(err instanceof Error)) return false
  const e = err as Error & { code?: string; severity?: string }
  return (
    typeof e.severity === 'string' ||
    /^E[A-Z]+$/.test(e.code ?? '') ||
    /connect|terminat|timeout/i.test(e.message)
  )
}
