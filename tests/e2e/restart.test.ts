/**
 * Issue 2: a restart keeps room state and sign-ins; a SIGKILL while a client is connected loses nothing,
 * because the client re-sends on reconnect. Real server process, real y-websocket clients.
 */
import { afterEach, describe, expect, it } from 'vitest'
import {
  connectClients,
  destroyClients,
  missingIn,
  type StormClient,
  waitConverged,
  waitSynced,
} from '../helpers/storm.js'
import { api, type RunningApp, seedReview, startApp } from './harness.js'

describe('restart and crash', () => {
  let app: RunningApp | undefined
  let clients: StormClient[] = []
  afterEach(async () => {
    destroyClients(clients)
    clients = []
    await app?.stop()
  })

  it('keeps room state and sign-ins across a clean restart', async () => {
    app = await startApp()
    const { dataDir, port } = app
    const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
    const room = seeded.review.groups[0]!.room
    const finding = await api(app.url, seeded.adminToken).post(
      `/api/reviews/${seeded.review.id}/groups/${seeded.review.groups[0]!.id}/findings`,
      {
        unitId: 'u1',
        quote: 'Maqsad',
        factorIds: [],
        rationale: 'Before restart',
      },
    )
    // The first unit may be the article heading; whatever id it has, a 201 or a clear 4xx is expected.
    expect([201, 400, 404, 422]).toContain(finding.status)
    clients = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, 1)
    clients[0]!.doc.getMap('storm').set('kept', 1)
    clients[0]!.written.push('kept')
    await new Promise((r) => setTimeout(r, 100))
    destroyClients(clients)
    clients = []
    await app.stop({ keepData: true })

    app = await startApp({ dataDir, port })
    const me = await api(app.url, seeded.adminToken).get<{ user: { name: string } }>('/api/me')
    expect(me.status).toBe(200)
    expect(me.body.user.name).toBe('admin')
    clients = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, 1)
    expect(clients[0]!.doc.getMap('storm').get('kept')).toBe(1)
    if (finding.status === 201) {
      const list = await api(app.url, seeded.adminToken).get<unknown[]>(
        `/api/reviews/${seeded.review.id}/groups/${seeded.review.groups[0]!.id}/findings`,
      )
      expect(list.body).toHaveLength(1)
    }
  })

  it('loses nothing when the server is SIGKILLed with a client connected', async () => {
    app = await startApp()
    const { dataDir, port } = app
    const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
    const room = seeded.review.groups[0]!.room
    clients = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, 2)
    for (let i = 0; i < 50; i++) {
      clients[0]!.doc.getMap('storm').set(`0:${i}`, i)
      clients[0]!.written.push(`0:${i}`)
    }
    // Kill before the debounced save can have run.
    await app.kill()
    app = await startApp({ dataDir, port })
    await Promise.all(clients.map((c) => waitSynced(c.provider)))
    expect(await waitConverged(clients)).toBe(0)
    // And it is on disk now: a clean restart and a fresh client.
    await app.stop({ keepData: true })
    app = await startApp({ dataDir, port })
    const fresh = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, 1)
    expect(missingIn(fresh[0]!.doc, new Set(clients[0]!.written))).toEqual([])
    destroyClients(fresh)
  })
})
