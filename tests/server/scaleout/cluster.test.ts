/**
 * Two production instances (the dist-server bundle) on one real PostgreSQL and one real Redis:
 * health fields, edits and presence across instances, sign-out on one closing the socket on the other,
 * a restart on an empty DATA_DIR losing nothing, two instances set up at once creating one admin,
 * adding versions and opening reviews at once on both without duplicate numbers or join codes,
 * and REDIS_URL without DATABASE_URL refused at start.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { spawnServer } from '../../../scripts/lib/serverProcess.js'
import { api, joinGroup } from '../../e2e/harness.js'
import { clusterAvailable, until, useCluster } from '../../helpers/cluster.js'
import { MISSING_SERVERS_MESSAGE } from '../../helpers/realServers.js'
import { connectClients, destroyClients, type StormClient } from '../../helpers/storm.js'

const available = clusterAvailable
if (!available) console.warn(`skipping cluster tests: ${MISSING_SERVERS_MESSAGE}`)

const ROOT = join(import.meta.dirname, '..', '..', '..')

describe.skipIf(!available)('two instances on PostgreSQL and Redis', () => {
  const cluster = useCluster('cluster')
  const { clients } = cluster
  const start = (extra?: Record<string, string>) => cluster.start(extra)

  it('refuses REDIS_URL without DATABASE_URL, saying DATABASE_URL is needed', async () => {
    const err = await spawnServer({
      root: ROOT,
      dataDir: mkdtempSync(join(tmpdir(), 'shaffof-refuse-')),
      env: { REDIS_URL: cluster.redis.url, DATABASE_URL: '' },
      timeoutMs: 30_000,
    }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect(String(err)).toMatch(/exited early \(1\)/)
    expect(String(err)).toContain('DATABASE_URL is needed')
  })

  it('shares rooms, presence and sign-outs; a restart on an empty DATA_DIR loses nothing', async () => {
    const [a, b] = await Promise.all([start(), start()])
    for (const app of [a, b]) {
      expect((await api(app.url).get('/api/health')).body).toMatchObject({
        ok: true,
        store: 'postgres',
        bus: 'redis',
      })
    }
    // Both set up at once: exactly one admin.
    const setups = await Promise.all(
      [a, b].map((app) =>
        api(app.url).post('/api/setup', { name: 'admin', password: 'correct horse battery' }),
      ),
    )
    expect(setups.map((s) => s.status).sort()).toEqual([201, 409])
    const adminToken =
      (setups.find((s) => s.status === 201)?.body as { token: string } | undefined)?.token ?? ''
    // Failed sign-ins count on every instance: 10 wrong passwords on A, the 11th try on B is refused.
    for (let i = 0; i < 10; i++) {
      expect((await api(a.url).post('/api/login', { name: 'guesser', password: `wrong ${i}` })).status).toBe(
        401,
      )
    }
    expect((await api(b.url).post('/api/login', { name: 'guesser', password: 'wrong 10' })).status).toBe(429)
    // Seed through A, read through B: metadata is shared.
    const seeded = await seedReviewAs(a.url, adminToken)
    const room = seeded.groups[0]?.room as string
    // Both instances add versions to one draft and open reviews at the same moment: version numbers
    // and join codes stay unique (the write lock, and the database's own constraints behind it).
    const draft = await api(a.url, adminToken).post<{ id: string }>('/api/drafts', {
      title: 'V',
      text: '1-modda. Maqsad\nMatn.\n',
    })
    const apps = [a, b, a, b, a, b]
    const versions = await Promise.all(
      apps.map((app, i) =>
        api(app.url, adminToken).post(`/api/drafts/${draft.body.id}/versions`, {
          title: 'V',
          text: `1-modda. Maqsad\nMatn ${i}.\n`,
        }),
      ),
    )
    expect(versions.map((v) => v.status)).toEqual(apps.map(() => 201))
    const drafts = await api(b.url, adminToken).get<{ id: string; versions: { number: number }[] }[]>(
      '/api/drafts',
    )
    const numbers = drafts.body.find((d) => d.id === draft.body.id)?.versions.map((v) => v.number)
    expect(numbers?.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7])
    const reviews = await Promise.all(
      apps.map((app) =>
        api(app.url, adminToken).post<{ joinCode: string }>('/api/reviews', {
          title: 'R',
          draftId: draft.body.id,
          groups: ['A'],
        }),
      ),
    )
    expect(reviews.map((r) => r.status)).toEqual(apps.map(() => 201))
    expect(new Set(reviews.map((r) => r.body.joinCode)).size).toBe(apps.length)
    expect((await api(b.url, adminToken).get(`/api/reviews/${seeded.id}`)).status).toBe(200)

    const [onA] = await connectClients(`ws://127.0.0.1:${a.port}/collab`, room, adminToken, 1)
    const [onB] = await connectClients(`ws://127.0.0.1:${b.port}/collab`, room, adminToken, 1)
    clients.push(onA as StormClient, onB as StormClient)
    const ca = onA as StormClient
    const cb = onB as StormClient
    // An edit on A reaches the client on B.
    ca.doc.getMap('storm').set('from-a', 1)
    const editMs = await until(() => cb.doc.getMap('storm').has('from-a'), 1000)
    cb.doc.getMap('storm').set('from-b', 1)
    await until(() => ca.doc.getMap('storm').has('from-b'), 1000)
    // Presence on B shows on A, and is gone within a second after B's client leaves.
    cb.provider.awareness.setLocalStateField('user', { name: 'Bea' })
    const bId = cb.doc.clientID
    await until(() => ca.provider.awareness.getStates().get(bId)?.user !== undefined, 1000)
    cb.provider.disconnect()
    await until(() => !ca.provider.awareness.getStates().has(bId), 1000)

    // A participant connected to B is closed with 4401 when it signs out on A.
    const joined = await joinGroup(a.url, seeded.joinCode, 'Nodira', seeded.groups[0]?.id as string)
    const socket = new WebSocket(`ws://127.0.0.1:${b.port}/collab/${room}?token=${joined.token}`)
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    await new Promise((r) => setTimeout(r, 200))
    const closed = new Promise<{ code: number; at: number }>((resolve) =>
      socket.once('close', (code) => resolve({ code, at: performance.now() })),
    )
    const t0 = performance.now()
    expect((await api(a.url, joined.token).post('/api/logout')).status).toBe(204)
    const { code, at } = await closed
    expect(code).toBe(4401)
    expect(at - t0).toBeLessThan(1000)
    expect((await api(b.url, joined.token).get('/api/me')).status).toBe(401)
    console.log(
      `cross-instance: edit ${editMs.toFixed(1)} ms, sign-out closes the other socket in ${(at - t0).toFixed(1)} ms`,
    )

    // A room B has not loaded yet: B takes A's unsaved edits before serving it (first sync has them).
    const consolidated = seeded.consolidatedRoom
    const [writer] = await connectClients(`ws://127.0.0.1:${a.port}/collab`, consolidated, adminToken, 1)
    clients.push(writer as StormClient)
    ;(writer as StormClient).doc.getMap('storm').set('unsaved-on-a', 1)
    await new Promise((r) => setTimeout(r, 50))
    const [reader] = await connectClients(`ws://127.0.0.1:${b.port}/collab`, consolidated, adminToken, 1)
    clients.push(reader as StormClient)
    expect((reader as StormClient).doc.getMap('storm').get('unsaved-on-a')).toBe(1)

    // Stop both; a new instance on an empty DATA_DIR has everything (accounts, review, room text).
    destroyClients(clients.splice(0))
    await Promise.all([a.stop(), b.stop()])
    const c = await start()
    const login = await api(c.url).post<{ token: string }>('/api/login', {
      name: 'admin',
      password: 'correct horse battery',
    })
    expect(login.status).toBe(200)
    const [fresh] = await connectClients(`ws://127.0.0.1:${c.port}/collab`, room, login.body.token, 1)
    clients.push(fresh as StormClient)
    expect((fresh as StormClient).doc.getMap('storm').toJSON()).toEqual({ 'from-a': 1, 'from-b': 1 })
  })
})

/** Draft + review through the API with an existing admin token. */
async function seedReviewAs(url: string, token: string) {
  const a = api(url, token)
  const draft = await a.post<{ id: string }>('/api/drafts', {
    title: 'D',
    text: '1-modda. Maqsad\nUshbu Qonun.\n',
  })
  expect(draft.status).toBe(201)
  const review = await a.post<{
    id: string
    joinCode: string
    consolidatedRoom: string
    groups: { id: string; room: string }[]
  }>('/api/reviews', { title: 'R', draftId: draft.body.id, groups: ['A'] })
  expect(review.status).toBe(201)
  return review.body
}
