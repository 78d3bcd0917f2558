/** Keepalive: a peer that stops answering pings is dropped; a live provider stays. */
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced, openRaw, waitUntil } from '../../helpers/wsClient.js'
import { awarenessFrame } from '../../helpers/wsFrames.js'
import { startCollabServer } from '../../helpers/wsServer.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})

describe('collab keepalive', () => {
  it('terminates a silent peer, removes its presence, keeps the live one', async () => {
    const s = await startCollabServer({ manager: { pingIntervalMs: 40 } })
    cleanups.push(() => s.close())
    const live = await connectSynced(s.url, 'r')
    cleanups.push(() => live.destroy())
    let liveCloses = 0
    live.provider.on('connection-close', () => liveCloses++)
    const dead = openRaw(`${s.url}/r`, {}, { autoPong: false })
    await dead.opened
    dead.ws.send(awarenessFrame(31337, 1, { user: { name: 'Half-open' } }))
    await waitUntil(() => live.provider.awareness.getStates().has(31337), 5000, 'presence of the silent peer')
    expect((await dead.closed).code).toBe(1006)
    await waitUntil(() => !live.provider.awareness.getStates().has(31337), 5000, 'presence removed')
    expect(liveCloses).toBe(0)
    expect(s.rooms.peek('r')?.conns.size).toBe(1)
  })
})
