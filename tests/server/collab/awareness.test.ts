/** Awareness: echo to the sender, removal on abrupt disconnect, query, and the state-size cap. */
import { afterEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { connectSynced, openRaw, type TestPeer, withTimeout } from '../../helpers/wsClient.js'
import { awarenessFrame, readAwarenessFrame } from '../../helpers/wsFrames.js'
import { type CollabTestServer, startCollabServer } from '../../helpers/wsServer.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})
async function server(): Promise<CollabTestServer> {
  const s = await startCollabServer()
  cleanups.push(() => s.close())
  return s
}
async function peer(url: string, room: string): Promise<TestPeer> {
  const p = await connectSynced(url, room)
  cleanups.push(() => p.destroy())
  return p
}

/** Resolve with the first awareness entry list from `ws` that satisfies `match`. */
function nextAwareness(ws: WebSocket, match: (e: { clientID: number; state: unknown }[]) => boolean) {
  return withTimeout(
    new Promise<{ clientID: number; state: unknown }[]>((resolve) => {
      const onMessage = (data: Buffer) => {
        const entries = readAwarenessFrame(new Uint8Array(data))
        if (entries && match(entries)) {
          ws.off('message', onMessage)
          resolve(entries)
        }
      }
      ws.on('message', onMessage)
    }),
    5000,
    'awareness frame',
  )
}

describe('collab awareness', () => {
  it('echoes a peer its own awareness, and others see it', async () => {
    const s = await server()
    const other = await peer(s.url, 'rv.1.g.a')
    const { ws, opened } = openRaw(`${s.url}/rv.1.g.a`)
    await opened
    const echo = nextAwareness(ws, (e) => e.some((x) => x.clientID === 777))
    const seen = new Promise<void>((resolve) =>
      other.provider.awareness.on('change', () => {
        if (other.provider.awareness.getStates().get(777)) resolve()
      }),
    )
    ws.send(awarenessFrame(777, 1, { user: { name: 'Dilnoza', color: '#aa3355' } }))
    expect((await echo).find((x) => x.clientID === 777)?.state).toEqual({
      user: { name: 'Dilnoza', color: '#aa3355' },
    })
    await seen
    ws.close()
  })

  it('removes the states of an abruptly terminated peer and tells the others', async () => {
    const s = await server()
    const watcher = await peer(s.url, 'rv.2.g.a')
    const { ws, opened } = openRaw(`${s.url}/rv.2.g.a`)
    await opened
    const states = () => watcher.provider.awareness.getStates()
    const appeared = new Promise<void>((resolve) =>
      watcher.provider.awareness.on('change', () => states().has(888) && resolve()),
    )
    ws.send(awarenessFrame(888, 1, { user: { name: 'Ghost' } }))
    await appeared
    const removed = new Promise<void>((resolve) =>
      watcher.provider.awareness.on(
        'change',
        ({ removed }: { removed: number[] }) => removed.includes(888) && resolve(),
      ),
    )
    ws.terminate()
    await withTimeout(removed, 5000, 'awareness removal')
    expect(states().has(888)).toBe(false)
    expect(s.rooms.peek('rv.2.g.a')?.awarenessOwners.has(888)).toBe(false)
  })

  it('answers a query-awareness message with all states, including a provider peer', async () => {
    const s = await server()
    const p = await peer(s.url, 'rv.3.g.a')
    p.provider.awareness.setLocalStateField('user', { name: 'Aziz' })
    const id = p.doc.clientID
    const { ws, opened } = openRaw(`${s.url}/rv.3.g.a`)
    await opened
    // Either the initial presence frame or the answer to our query carries the peer.
    const answer = nextAwareness(ws, (e) => e.some((x) => x.clientID === id))
    ws.send(new Uint8Array([3]))
    expect((await answer).find((x) => x.clientID === id)?.state).toMatchObject({ user: { name: 'Aziz' } })
    ws.close()
  })

  it('closes a peer whose awareness state exceeds the cap (4400), room unaffected', async () => {
    const s = await server()
    const p = await peer(s.url, 'rv.4.g.a')
    const { ws, opened, closed } = openRaw(`${s.url}/rv.4.g.a`)
    await opened
    ws.send(awarenessFrame(999, 1, { blob: 'x'.repeat(100_000) }))
    expect((await closed).code).toBe(4400)
    expect(p.provider.awareness.getStates().has(999)).toBe(false)
    expect(p.provider.wsconnected).toBe(true)
  })
})
