/**
 * Presence over real sockets (issue 16): the server stamps each connection's identity into the
 * awareness states it relays, keeps only `#rrggbb` colours, lets no peer overwrite another's presence,
 * and relays nothing from read-only connections.
 */
import { describe, expect, it } from 'vitest'
import { FALLBACK_COLOR } from '../../../shared/collab/presenceColor.js'
import { connectSynced, type TestPeer, waitUntil } from '../../helpers/wsClient.js'
import { awarenessFrame } from '../../helpers/wsFrames.js'
import { seededServerOfFile } from './serveApp.js'

const env = seededServerOfFile()
const roomA = () => env.s.review.groups[0]!.room

async function peer(token: string): Promise<TestPeer> {
  const p = await connectSynced(env.served.wsUrl, roomA(), { token }, 10_000)
  env.peers.push(p)
  return p
}

/** The state another peer sees for `who`'s client id. */
function seen(observer: TestPeer, who: TestPeer): Record<string, unknown> | undefined {
  return observer.provider.awareness.getStates().get(who.doc.clientID) as Record<string, unknown> | undefined
}

describe('presence', () => {
  it('stamps the connection’s user and keeps only #rrggbb colours', async () => {
    const observer = await peer(env.s.tokens.pA)
    const forger = await peer(env.s.tokens.pA)
    forger.provider.awareness.setLocalStateField('user', {
      id: 'someone-else',
      name: 'Fatima (Facilitator)',
      role: 'admin',
      color: 'red;position:fixed;inset:0',
    })
    forger.provider.awareness.setLocalStateField('selection', { unitId: 'u1', start: 0, end: 3 })
    await waitUntil(
      () => (seen(observer, forger)?.selection as { end?: number })?.end === 3,
      5000,
      'presence',
    )
    expect(seen(observer, forger)?.user).toEqual({
      id: env.s.users.pA.id,
      name: 'Aziz',
      role: 'participant',
      color: FALLBACK_COLOR,
    })
    forger.provider.awareness.setLocalStateField('user', { name: 'x', color: '#12ab3F' })
    await waitUntil(
      () => (seen(observer, forger)?.user as { color?: string })?.color === '#12ab3F',
      5000,
      'colour',
    )
  })

  it('lets no connection overwrite another’s presence id', async () => {
    const victim = await peer(env.s.tokens.pA)
    const observer = await peer(env.s.tokens.pA)
    victim.provider.awareness.setLocalStateField('user', { name: 'Aziz', color: '#111111' })
    await waitUntil(() => seen(observer, victim) !== undefined, 5000, 'victim presence')
    const clock = env.t.rooms.peek(roomA())!.awareness.meta.get(victim.doc.clientID)!.clock
    const attacker = await peer(env.s.tokens.admin)
    const socket = attacker.provider.ws as unknown as { send(data: Uint8Array): void }
    socket.send(
      awarenessFrame(victim.doc.clientID, clock + 5, { user: { name: 'Forged', color: '#222222' } }),
    )
    // A later change of the attacker's own presence arrives after the forged frame was handled.
    attacker.provider.awareness.setLocalStateField('user', { name: 'Admin', color: '#333333' })
    await waitUntil(() => seen(observer, attacker) !== undefined, 5000, 'attacker presence')
    expect((seen(observer, victim)?.user as { name?: string } | undefined)?.name).toBe('Aziz')
  })

  it('relays no presence from read-only connections', async () => {
    const staff = await peer(env.s.tokens.staff)
    staff.provider.awareness.setLocalStateField('user', { name: 'Watching', color: '#444444' })
    // The update after it on the same socket is dropped and counted: by then the presence was handled.
    const conns = () => [...(env.t.rooms.peek(roomA())?.conns ?? [])]
    const before = conns().reduce((n, c) => n + c.droppedUpdates, 0)
    staff.doc.getMap('checklist').set('x', 'found')
    await waitUntil(() => conns().reduce((n, c) => n + c.droppedUpdates, 0) > before, 5000, 'dropped update')
    expect(env.t.rooms.peek(roomA())!.awareness.getStates().has(staff.doc.clientID)).toBe(false)
  })
})
