/** Hostile input: thousands of random and mutated frames; the server and other rooms carry on. */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectSynced, openRaw, type TestPeer, waitForDoc, withTimeout } from '../../helpers/wsClient.js'
import { mutatedFrame, randomBytes, syncFrame, validFrames } from '../../helpers/wsFrames.js'
import { type CollabTestServer, startCollabServer } from '../../helpers/wsServer.js'
import { prng } from '../../security/kit.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})

function makeFrame(rand: () => number, valid: Uint8Array[]): Uint8Array | string {
  const bytes = (n: number) => randomBytes(rand, n)
  const kind = rand()
  if (kind < 0.2) return bytes(Math.floor(rand() * 64))
  if (kind < 0.25) return `text frame ${rand()}`
  if (kind < 0.35) return Uint8Array.from([Math.floor(rand() * 5), ...bytes(Math.floor(rand() * 32))])
  if (kind < 0.4)
    return Uint8Array.from([0, Math.floor(rand() * 4), 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytes(8)])
  return mutatedFrame(rand, valid)
}

async function peer(s: CollabTestServer, room: string): Promise<TestPeer & { closes: number }> {
  const p = await connectSynced(s.url, room)
  cleanups.push(() => p.destroy())
  const out = Object.assign(p, { closes: 0 })
  p.provider.on('connection-close', () => {
    out.closes++
  })
  return out
}

describe('collab under hostile input', () => {
  it('survives a few thousand random and mutated frames; another room is unaffected', async () => {
    const s = await startCollabServer()
    cleanups.push(() => s.close())
    const [a1, a2, b1, b2] = [
      await peer(s, 'room-a'),
      await peer(s, 'room-a'),
      await peer(s, 'room-b'),
      await peer(s, 'room-b'),
    ]
    const rand = prng(20261127)
    const valid = validFrames()
    const FRAMES = 3000
    let sent = 0
    let sockets = 0
    let refused = 0
    while (sent < FRAMES) {
      const { ws, opened, closed } = openRaw(`${s.url}/room-a`)
      sockets++
      await opened
      const batch = 1 + Math.floor(rand() * 6)
      for (let i = 0; i < batch && sent < FRAMES; i++, sent++) ws.send(makeFrame(rand, valid))
      // A probe: a healthy connection answers a query with an awareness frame.
      ws.send(new Uint8Array([3]))
      const outcome = await Promise.race([
        closed.then((c) => c.code),
        new Promise<'alive'>((resolve) => ws.on('message', (d: Buffer) => d[0] === 1 && resolve('alive'))),
      ])
      if (outcome !== 'alive') {
        expect([4400, 1002, 1007]).toContain(outcome)
        refused++
      } else {
        ws.close()
        await closed
      }
    }
    console.log(`fuzz: ${sent} frames over ${sockets} sockets, ${refused} closed for bad input`)
    expect(refused).toBeGreaterThan(sockets / 2)

    // Room B never noticed; room A's real peers are still connected and converge.
    b1.doc.getText('t').insert(0, 'still fine')
    await waitForDoc(b2.doc, () => b2.doc.getText('t').toString() === 'still fine')
    a1.doc.getMap('after').set('ok', true)
    await waitForDoc(a2.doc, () => a2.doc.getMap('after').get('ok') === true)
    for (const p of [a1, a2, b1, b2]) expect(p.closes).toBe(0)
    await withTimeout(
      (async () => {
        const late = await connectSynced(s.url, 'room-a')
        expect(late.doc.getMap('after').get('ok')).toBe(true)
        late.destroy()
      })(),
      5000,
      'a fresh peer',
    )
    expect(s.rooms.peek('room-a')?.conns.size).toBeLessThanOrEqual(3)
    await s.rooms.flushAll()
    // What was stored loads into a fresh doc.
    const stored = await s.store.fetch('room-a')
    expect(stored).not.toBeNull()
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, stored as Uint8Array)
    expect(reloaded.getMap('after').get('ok')).toBe(true)
  })

  it('closes a flooding connection (rate limit) and an oversized frame (maxPayload)', async () => {
    const s = await startCollabServer({ manager: { limits: { messageBurst: 50, messagesPerSecond: 10 } } })
    cleanups.push(() => s.close())
    const bystander = await peer(s, 'room-a')
    const flood = openRaw(`${s.url}/room-a`)
    await flood.opened
    const sv = syncFrame(0, new Uint8Array([0]))
    for (let i = 0; i < 200; i++) flood.ws.send(sv)
    expect((await flood.closed).code).toBe(4400)

    const big = openRaw(`${s.url}/room-a`)
    await big.opened
    big.ws.send(new Uint8Array(9 * 1024 * 1024))
    expect((await big.closed).code).toBe(1009)
    expect(bystander.closes).toBe(0)
    expect(bystander.provider.wsconnected).toBe(true)
  })
})
