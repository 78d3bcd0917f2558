/**
 * Failure behaviour of a two-instance cluster on real PostgreSQL and Redis: Redis stopped during edits
 * (health "degraded", both keep serving, converged after it returns, nothing lost), PostgreSQL stopped
 * (clear 503s, edits kept in memory and saved when it returns), and `kill -9` of an instance (its
 * presence leaves the other instance, a fresh instance on an empty DATA_DIR has every edit).
 */
import { describe, expect, it } from 'vitest'
import { api, type RunningApp, seedReview } from '../../e2e/harness.js'
import { clusterAvailable, until, useCluster } from '../../helpers/cluster.js'
import { MISSING_SERVERS_MESSAGE } from '../../helpers/realServers.js'
import { connectClients, destroyClients, missingIn, type StormClient } from '../../helpers/storm.js'

const available = clusterAvailable
if (!available) console.warn(`skipping cluster failure tests: ${MISSING_SERVERS_MESSAGE}`)

const busOf = async (app: RunningApp) => ((await api(app.url).get('/api/health')).body as { bus: string }).bus

describe.skipIf(!available)('cluster failures', () => {
  const cluster = useCluster('failures')
  const { clients } = cluster
  const start = (extra?: Record<string, string>) => cluster.start(extra)

  it('survives Redis and PostgreSQL outages and a kill -9 without losing an edit', async () => {
    const a = await start()
    const b = await start()
    const seeded = await seedReview(a.url, '1-modda. Maqsad\nUshbu Qonun.\n', ['A'])
    const room = seeded.review.groups[0]?.room as string
    const [ca] = await connectClients(`ws://127.0.0.1:${a.port}/collab`, room, seeded.adminToken, 1)
    const [cb] = await connectClients(`ws://127.0.0.1:${b.port}/collab`, room, seeded.adminToken, 1)
    const onA = ca as StormClient
    const onB = cb as StormClient
    clients.push(onA, onB)
    const write = (c: StormClient, key: string) => {
      c.doc.getMap('storm').set(key, 1)
      c.written.push(key)
    }
    const expected = () => new Set([...onA.written, ...onB.written])

    // Redis down: both degrade and keep serving their own clients; edits on both sides.
    await cluster.redis.pause()
    await until(async () => (await busOf(a)) === 'degraded' && (await busOf(b)) === 'degraded', 10_000)
    for (let i = 0; i < 20; i++) {
      write(onA, `a-outage-${i}`)
      write(onB, `b-outage-${i}`)
    }
    await new Promise((r) => setTimeout(r, 500))
    expect(missingIn(onB.doc, new Set(onA.written)).length).toBeGreaterThan(0) // not shared while down
    await cluster.redis.resume()
    await until(async () => (await busOf(a)) === 'redis' && (await busOf(b)) === 'redis', 10_000)
    const convergeMs = await until(
      () => missingIn(onA.doc, expected()).length === 0 && missingIn(onB.doc, expected()).length === 0,
      5000,
    )
    console.log(`Redis back: both instances converged ${convergeMs.toFixed(0)} ms after health said redis`)

    // PostgreSQL down: API answers 503 with the contract's body; health still answers; edits wait in memory.
    cluster.pg.pause()
    const down = await api(a.url, seeded.adminToken).get('/api/reviews')
    expect(down.status).toBe(503)
    expect(down.body).toMatchObject({ error: { code: 'storage_unavailable' } })
    expect((await api(a.url).get('/api/health')).status).toBe(200)
    for (let i = 0; i < 5; i++) write(onA, `a-pgdown-${i}`)
    await new Promise((r) => setTimeout(r, 500))
    cluster.pg.resume()
    await until(async () => (await api(a.url, seeded.adminToken).get('/api/reviews')).status === 200, 15_000)

    // kill -9 of B: its client's presence leaves A; the client moves to A and keeps editing.
    onB.provider.awareness.setLocalStateField('user', { name: 'Bea' })
    const bId = onB.doc.clientID
    await until(() => onA.provider.awareness.getStates().get(bId)?.user !== undefined, 2000)
    await b.kill()
    onB.provider.disconnect() // it would reconnect to the dead port; its edits are all on A already
    const goneMs = await until(() => !onA.provider.awareness.getStates().has(bId), 15_000)
    console.log(
      `kill -9: presence gone from the other instance after ${goneMs.toFixed(0)} ms (heartbeat expiry)`,
    )
    expect(goneMs).toBeGreaterThan(500) // not a clean leave: the heartbeat expired
    write(onA, 'after-kill')

    // Everything is in PostgreSQL: stop A cleanly, start a fresh instance on an empty DATA_DIR.
    destroyClients(clients.splice(0))
    await a.stop()
    const c = await start()
    const [fresh] = await connectClients(`ws://127.0.0.1:${c.port}/collab`, room, seeded.adminToken, 1)
    clients.push(fresh as StormClient)
    const all = new Set([...onA.written, ...onB.written])
    expect(all.size).toBe(46)
    expect(missingIn((fresh as StormClient).doc, all)).toEqual([])
  })
})
