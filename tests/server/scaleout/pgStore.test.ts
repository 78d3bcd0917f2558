/**
 * The PostgreSQL stores against a real PostgreSQL: schema created once by instances starting at once,
 * metadata shared between two stores (catch-up, tombstones, conflicts → 409 with nothing half-written),
 * first-admin and version-number races, version units, and the room log with compaction.
 */
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DomainError } from '../../../server/domainErrors.js'
import { statusOf } from '../../../server/errors.js'
import { appendVersion, insertDraft } from '../../../server/storage/drafts.js'
import type { DraftRecord, UserRecord } from '../../../server/storage/metaTypes.js'
import { openPgMetaStore } from '../../../server/storage/pg/metaStore.js'
import { MIGRATIONS } from '../../../server/storage/pg/migrations.js'
import { openPgPool } from '../../../server/storage/pg/pool.js'
import { PgRoomStore } from '../../../server/storage/pg/roomStore.js'
import {
  createSession,
  deleteSession,
  insertFirstAdmin,
  resolveSession,
} from '../../../server/storage/users.js'
import {
  MISSING_SERVERS_MESSAGE,
  pgAvailable,
  startPostgres,
  type TestPostgres,
} from '../../helpers/realServers.js'
import { call, makeApp, seed } from '../api/helpers.js'

if (!pgAvailable) console.warn(`skipping PostgreSQL store tests: ${MISSING_SERVERS_MESSAGE}`)

const user = (id: string, role: UserRecord['role'] = 'expert', name = id): UserRecord => ({
  id,
  name,
  role,
  createdAt: '2026-01-01T00:00:00.000Z',
  preferences: {},
})

const draft: DraftRecord = {
  id: 'd1',
  title: 'T',
  language: 'ru',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u',
  versions: [],
}
/** A version to append (the store numbers it). */
const v = (id: string) => ({
  id,
  language: 'ru' as const,
  title: 'T',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'u',
  unitCount: 1,
  counts: {},
})

describe.skipIf(!pgAvailable)('PostgreSQL store', () => {
  let server: TestPostgres
  let n = 0
  const pools: pg.Pool[] = []
  const freshDb = async () => server.createDatabase(`t${++n}`)
  const pool = async (url: string) => {
    const p = await openPgPool(url)
    pools.push(p)
    return p
  }

  beforeAll(async () => {
    server = await startPostgres()
  })
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => undefined)))
    await server?.stop()
  })

  it('creates the schema once when several instances start at the same moment', async () => {
    const url = await freshDb()
    const started = await Promise.all([pool(url), pool(url), pool(url), pool(url)])
    const { rows } = await (started[0] as pg.Pool).query('SELECT version FROM schema_migrations')
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })))
  })

  it('shares metadata between instances: inserts, changes and deletions (sessions) reach the other', async () => {
    const url = await freshDb()
    const a = await openPgMetaStore(await pool(url))
    const b = await openPgMetaStore(await pool(url))
    const now = new Date('2026-02-01T00:00:00Z')
    await a.update((d) => d.users.push(user('u1')))
    const token = await createSession(a, 'u1', now, 60_000)
    await b.refresh()
    expect(resolveSession(b, token, now)?.id).toBe('u1')
    await deleteSession(a, token)
    await b.refresh()
    expect(resolveSession(b, token, now)).toBeNull()
    // A fresh instance (empty memory) loads everything.
    const c = await openPgMetaStore(await pool(url))
    expect(c.data.users.map((u) => u.id)).toEqual(['u1'])
    expect(c.data.sessions).toEqual([])
  })

  it('creates one admin when two instances run setup at once', async () => {
    const url = await freshDb()
    const a = await openPgMetaStore(await pool(url))
    const b = await openPgMetaStore(await pool(url))
    const results = await Promise.all([
      insertFirstAdmin(a, user('a1', 'admin')),
      insertFirstAdmin(b, user('b1', 'admin')),
    ])
    expect(results.filter(Boolean)).toHaveLength(1)
    const c = await openPgMetaStore(await pool(url))
    expect(c.data.users.filter((u) => u.role === 'admin')).toHaveLength(1)
  })

  it('numbers versions without duplicates when two instances append at once', async () => {
    const url = await freshDb()
    const a = await openPgMetaStore(await pool(url))
    const b = await openPgMetaStore(await pool(url))
    await insertDraft(a, draft)
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) => appendVersion(i % 2 ? a : b, 'd1', v(`v${i}`))),
    )
    expect(made.map((x) => x?.number).sort()).toEqual([1, 2, 3, 4, 5, 6])
    await a.refresh()
    expect(a.data.drafts[0]?.versions.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('refuses a second first admin, a duplicate version number and a taken room name without the write lock', async () => {
    const url = await freshDb()
    // No advisory lock: only the database's constraints stand between the two instances.
    const [a, b] = [
      await openPgMetaStore(await pool(url), { writeLock: false }),
      await openPgMetaStore(await pool(url), { writeLock: false }),
    ]
    const admins = await Promise.allSettled([
      insertFirstAdmin(a, user('a1', 'admin')),
      insertFirstAdmin(b, user('b1', 'admin', 'b1')),
    ])
    expect(admins.filter((r) => r.status === 'fulfilled' && r.value)).toHaveLength(1)
    // An instance that has not caught up still can't add a second first admin.
    const stale = await openPgMetaStore(await pool(url), { writeLock: false })
    await a.refresh()
    const late = await insertFirstAdmin(b, user('b2', 'admin', 'b2')).catch((e) => e)
    expect(late === null || (late instanceof DomainError && statusOf(late) === 409)).toBe(true)
    await stale.refresh()
    expect(stale.data.users.filter((u) => u.role === 'admin')).toHaveLength(1)

    await insertDraft(a, draft)
    await b.refresh()
    // Both instances see no version and both take number 1: the database keeps one.
    const made = await Promise.allSettled([appendVersion(a, 'd1', v('va')), appendVersion(b, 'd1', v('vb'))])
    const refused = made.filter((r) => r.status === 'rejected')
    expect(refused.length).toBeLessThanOrEqual(1)
    for (const r of refused) expect(statusOf((r as PromiseRejectedResult).reason as DomainError)).toBe(409)
    const check = await openPgMetaStore(await pool(url))
    const numbers = check.data.drafts[0]?.versions.map((x) => x.number) ?? []
    expect(new Set(numbers).size).toBe(numbers.length)
    const claimed = await (await pool(url)).query(
      "SELECT key, owner FROM meta_claims WHERE kind = 'draft-version' ORDER BY key",
    )
    expect(claimed.rows.map((r) => r.key)).toEqual(numbers.map((n) => `d1#${n}`))

    await a.update((d) => d.rooms.push({ name: 'rv.9.g.a', reviewId: 'r1', groupId: 'g1' }))
    const taken = await b
      .update((d) => {
        d.rooms = d.rooms.filter((r) => r.name !== 'rv.9.g.a') // b has not seen it: it appends its own
        d.rooms.push({ name: 'rv.9.g.a', reviewId: 'r2', groupId: 'g2' })
      })
      .catch((e) => e)
    expect(taken).toBeInstanceOf(DomainError)
    expect(statusOf(taken as DomainError)).toBe(409)
  })

  it('serialises only the collections an update used, and notices a change made outside them', async () => {
    const a = await openPgMetaStore(await pool(await freshDb()))
    await a.update((d) => d.users.push(user('u1')))
    const row = a.data.users[0] as UserRecord
    // Changing a row the function did not reach through `d` is caught under tests.
    const err = await a
      .update(() => {
        row.name = 'renamed'
      })
      .catch((e) => e)
    expect(String(err)).toContain('outside the collections it used')
    expect(a.data.users[0]?.name).toBe('u1')
  })

  it('turns a unique violation into a 409 and keeps memory as committed', async () => {
    const url = await freshDb()
    const a = await openPgMetaStore(await pool(url))
    await a.update((d) => d.users.push(user('x1', 'expert', 'Alice')))
    const err = await a.update((d) => d.users.push(user('x2', 'expert', 'alice'))).catch((e) => e)
    expect(err).toBeInstanceOf(DomainError)
    expect(statusOf(err as DomainError)).toBe(409)
    expect(a.data.users.map((u) => u.id)).toEqual(['x1'])
  })

  it('keeps version units', async () => {
    const url = await freshDb()
    const a = await openPgMetaStore(await pool(url))
    const b = await openPgMetaStore(await pool(url))
    const units = [{ id: 'u1', label: '1', text: 'Статья 1' }] as never
    await a.units.write('v1', units)
    expect(await b.units.read('v1')).toEqual(units)
    expect(await b.units.read('missing')).toBeNull()
  })

  it('appends room updates, compacts them into the snapshot and never loses another writer’s edits', async () => {
    const url = await freshDb()
    const p = await pool(url)
    const storeA = new PgRoomStore(p, { maxRows: 3, maxBytes: 1 << 20 })
    const storeB = new PgRoomStore(p, { maxRows: 1000, maxBytes: 1 << 20 })
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    expect(await storeA.fetch('rv.1.g.a')).toBeNull()
    await storeB.fetch('rv.1.g.a')
    for (let i = 0; i < 10; i++) {
      docA.getArray<number>('a').push([i])
      await storeA.store('rv.1.g.a', Y.encodeStateAsUpdate(docA))
      docB.getArray<number>('b').push([i])
      await storeB.store('rv.1.g.a', Y.encodeStateAsUpdate(docB))
    }
    const rows = await p.query('SELECT count(*)::int AS n FROM room_updates')
    expect(rows.rows[0].n).toBeLessThan(20) // A compacted on the way
    const merged = new Y.Doc()
    Y.applyUpdate(merged, (await new PgRoomStore(p).fetch('rv.1.g.a')) as Uint8Array)
    expect(merged.getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(merged.getArray('b').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    await storeB.compact('rv.1.g.a')
    const after = await p.query('SELECT count(*)::int AS n FROM room_updates')
    expect(after.rows[0].n).toBe(0)
    expect(await storeA.size('rv.1.g.a')).toBeGreaterThan(0)
  })

  it('compacts without reading when the snapshot is its own, and merges when another instance compacted since', async () => {
    const p = await pool(await freshDb())
    const room = 'rv.2.g.a'
    const [storeA, storeB] = [new PgRoomStore(p), new PgRoomStore(p)]
    const [docA, docB] = [new Y.Doc(), new Y.Doc()]
    await storeA.fetch(room)
    await storeB.fetch(room)
    const gen = async () =>
      (await p.query('SELECT gen FROM room_snapshots WHERE room = $1', [room])).rows[0]?.gen
    docA.getArray<string>('a').push(['a1'])
    await storeA.store(room, Y.encodeStateAsUpdate(docA))
    docB.getArray<string>('b').push(['b1'])
    await storeB.store(room, Y.encodeStateAsUpdate(docB))
    // A's state holds an edit it never appended; its compaction swaps it in and leaves B's row in the log.
    docA.getArray<string>('a').push(['a2'])
    await storeA.compact(room, Y.encodeStateAsUpdate(docA))
    expect(await gen()).toBe(1)
    const left = await p.query('SELECT update FROM room_updates WHERE room = $1', [room])
    expect(left.rows).toHaveLength(1)
    // B is behind A's snapshot: it must read and merge it, not overwrite it.
    docB.getArray<string>('b').push(['b2'])
    await storeB.compact(room, Y.encodeStateAsUpdate(docB))
    expect(await gen()).toBe(2)
    docA.getArray<string>('a').push(['a3'])
    await storeA.compact(room, Y.encodeStateAsUpdate(docA))
    expect(await gen()).toBe(3)
    const merged = new Y.Doc()
    Y.applyUpdate(merged, (await new PgRoomStore(p).fetch(room)) as Uint8Array)
    expect(merged.getArray('a').toArray()).toEqual(['a1', 'a2', 'a3'])
    expect(merged.getArray('b').toArray()).toEqual(['b1', 'b2'])
    expect((await p.query('SELECT count(*)::int AS n FROM room_updates')).rows[0].n).toBe(0)
  })

  it('removes the rows of an archived review and draft deleted through the API', async () => {
    const url = await freshDb()
    const t = await makeApp({ meta: await openPgMetaStore(await pool(url)), authAttemptsPerMinute: 10_000 })
    try {
      const s = await seed(t.app)
      const tok = { token: s.tokens.facilitator }
      for (const path of [`/api/reviews/${s.review.id}`, `/api/drafts/${s.draft.id}`]) {
        expect((await call(t.app, 'POST', `${path}/archive`, tok)).status).toBe(200)
        expect((await call(t.app, 'DELETE', path, tok)).status).toBe(204)
      }
      const other = await openPgMetaStore(await pool(url))
      expect(other.data.reviews).toEqual([])
      expect(other.data.drafts).toEqual([])
      expect(other.data.rooms).toEqual([])
      expect(other.data.users.filter((u) => u.role === 'participant')).toEqual([])
      expect(other.data.users.length).toBeGreaterThan(0)
    } finally {
      await t.close()
    }
  }, 60_000)
})
