/**
 * Issue 15: access changes reach open room sockets as a server message (ACCESS_CHANGED_MESSAGE), not as
 * a counter in the shared doc that any peer could bump. A phase change tells every socket of the
 * review at once; a lock tells only the locked group's room; a peer writing the old `meta.accessEpoch`
 * field tells nobody anything.
 */
import { describe, expect, it } from 'vitest'
import { onAccessChanged } from '../../../client/collab/accessSignal.js'
import { connectSynced, nextCloseCode, type TestPeer, waitUntil } from '../../helpers/wsClient.js'
import { call, setPhase } from './helpers.js'
import { seededServerOfFile } from './serveApp.js'

const env = seededServerOfFile()

/** A synced peer and a counter of the access signals it received. */
async function listener(room: string, token: string): Promise<{ peer: TestPeer; count: () => number }> {
  const peer = await connectSynced(env.served.wsUrl, room, { token }, 10_000)
  env.peers.push(peer)
  let n = 0
  onAccessChanged(peer.provider, () => n++)
  return { peer, count: () => n }
}

describe('access signals from the server', () => {
  it('a phase change tells every open socket of the review at once; a lock only its group', async () => {
    const [roomA, roomB] = env.s.review.groups.map((g) => g.room)
    const a = await listener(roomA!, env.s.tokens.pA)
    const b = await listener(roomB!, env.s.tokens.pB)
    const staff = await listener(roomA!, env.s.tokens.staff)

    const started = performance.now()
    await setPhase(env.t.app, env.s, 'reveal')
    await waitUntil(() => a.count() === 1 && b.count() === 1 && staff.count() === 1, 2000, 'phase signal')
    expect(performance.now() - started).toBeLessThan(1000)

    const lock = await call(env.t.app, 'PUT', `/api/reviews/${env.s.review.id}/groups/${env.s.groupB}/lock`, {
      token: env.s.tokens.facilitator,
      body: { locked: true },
    })
    expect(lock.status).toBe(200)
    await waitUntil(() => b.count() === 2, 2000, 'lock signal')
    await new Promise((r) => setTimeout(r, 200))
    expect([a.count(), staff.count()]).toEqual([1, 1])
  })

  it('a peer writing the old access counter into the doc signals nobody (and is refused: meta is the server’s)', async () => {
    const room = env.s.review.groups[0]!.room
    const writer = await listener(room, env.s.tokens.admin)
    const other = await listener(room, env.s.tokens.staff)
    const closed = nextCloseCode(writer.peer.provider)
    writer.peer.doc.getMap('meta').set('accessEpoch', 99)
    expect(await closed).toBe(4400)
    expect(other.peer.doc.getMap('meta').has('accessEpoch')).toBe(false)
    expect([writer.count(), other.count()]).toEqual([0, 0])
  })
})
