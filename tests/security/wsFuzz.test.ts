/**
 * Issue 11, hostile input over the WebSocket, against the real server process (auth, Hono upgrade,
 * room manager): a few thousand random and mutated frames, invalid sync messages, an awareness
 * flood, a message flood and an oversized frame. The offending sockets are closed; the server stays
 * up; the legitimate peers in the fuzzed room and in another room never notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, type SeededReview, seedReview, startApp } from '../e2e/harness.js'
import { connectSynced, openRaw, type TestPeer, waitForDoc } from '../helpers/wsClient.js'
import { awarenessFrame, syncFrame } from '../helpers/wsFrames.js'
import { prng, processMemoryMb, recordFigures } from './kit.js'
import {
  BAD_INPUT_CLOSES,
  floodUntilClosed,
  fuzzRoom,
  invalidSyncFrames,
  multiAwarenessFrame,
} from './wsFuzz.js'

const FRAMES = Number(process.env.WS_FUZZ_FRAMES ?? 3000)

type Peer = TestPeer & { closes: number }

let app: RunningApp
let seeded: SeededReview
let wsBase: string
const peers: Peer[] = []

async function peer(room: string): Promise<Peer> {
  const p = await connectSynced(wsBase, room, { token: seeded.adminToken }, 15_000)
  const out = Object.assign(p, { closes: 0 })
  p.provider.on('connection-close', () => {
    out.closes++
  })
  peers.push(out)
  return out
}

const roomUrl = (room: string) => `${wsBase}/${room}?token=${seeded.adminToken}`

beforeAll(async () => {
  app = await startApp()
  seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['Fuzzed', 'Bystander'])
  wsBase = `ws://127.0.0.1:${app.port}/collab`
}, 120_000)

afterAll(async () => {
  for (const p of peers) p.destroy()
  await app?.stop()
})

describe('the collab WebSocket under hostile frames (real server)', () => {
  it('closes sockets that send garbage, keeps the server up, and other peers never notice', async () => {
    const [fuzzed, bystander] = seeded.review.groups.map((g) => g.room) as [string, string]
    const [a1, a2, b1, b2] = [
      await peer(fuzzed),
      await peer(fuzzed),
      await peer(bystander),
      await peer(bystander),
    ]
    a1.doc.getMap('before').set('ok', 1)
    await waitForDoc(a2.doc, () => a2.doc.getMap('before').get('ok') === 1)
    const memBefore = processMemoryMb(app.proc.pid!)

    const fuzz = await fuzzRoom(roomUrl(fuzzed), prng(20261127), FRAMES)
    expect(fuzz.unexpected).toEqual([])
    expect(fuzz.closedForBadInput).toBeGreaterThan(fuzz.sockets / 2)

    // Every invalid sync message alone gets its socket closed.
    const rand = prng(7)
    let invalidSync = 0
    for (let round = 0; round < 20; round++) {
      for (const frame of invalidSyncFrames(rand)) {
        const { code } = await floodUntilClosed(roomUrl(fuzzed), [frame])
        expect(BAD_INPUT_CLOSES).toContain(code)
        invalidSync++
      }
    }

    // An awareness flood: thousands of fake clients, as fast as the socket goes; then one frame with
    // too many clients at once and one with an oversized state.
    const awarenessFlood = function* () {
      for (let i = 0; i < 5000; i++)
        yield awarenessFrame(100_000 + i, 1, { user: { name: `ghost ${i}`, color: '#ff0000' } })
    }
    const aw = await floodUntilClosed(roomUrl(fuzzed), awarenessFlood())
    expect(BAD_INPUT_CLOSES).toContain(aw.code)
    const crowd = await floodUntilClosed(roomUrl(fuzzed), [
      multiAwarenessFrame(200_000, 500, { user: { name: 'ghost crowd' } }),
    ])
    expect(BAD_INPUT_CLOSES).toContain(crowd.code)
    const fat = await floodUntilClosed(roomUrl(fuzzed), [
      awarenessFrame(300_000, 1, { user: { name: 'ghost fat', blob: 'x'.repeat(100_000) } }),
    ])
    expect(BAD_INPUT_CLOSES).toContain(fat.code)

    // A message flood of harmless state-vector requests hits the per-socket rate limit.
    const sv = syncFrame(0, new Uint8Array([0]))
    const flood = await floodUntilClosed(
      roomUrl(fuzzed),
      Array.from({ length: 5000 }, () => sv),
    )
    expect(flood.code).toBe(4400)

    // A frame over the 8 MiB cap.
    const big = openRaw(roomUrl(fuzzed))
    await big.opened
    big.ws.send(new Uint8Array(9 * 1024 * 1024))
    expect((await big.closed).code).toBe(1009)

    // The server is up, the peers never lost their connection and still converge in both rooms.
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200)
    expect(app.proc.exitCode).toBeNull()
    b1.doc.getText('t').insert(0, 'still fine')
    await waitForDoc(b2.doc, () => b2.doc.getText('t').toString() === 'still fine')
    a2.doc.getMap('after').set('ok', 2)
    await waitForDoc(a1.doc, () => a1.doc.getMap('after').get('ok') === 2)
    for (const p of [a1, a2, b1, b2]) expect(p.closes).toBe(0)
    // No fake presence is left behind for the real peers.
    const ghosts = [...a1.provider.awareness.getStates().values()].filter((s) =>
      String((s as { user?: { name?: string } }).user?.name ?? '').startsWith('ghost'),
    )
    const late = await peer(fuzzed)
    expect(late.doc.getMap('after').get('ok')).toBe(2)
    expect(late.doc.getMap('before').get('ok')).toBe(1)
    const memAfter = processMemoryMb(app.proc.pid!)

    recordFigures('ws fuzz (fast)', [
      `${fuzz.frames} random/mutated frames over ${fuzz.sockets} sockets: ${fuzz.closedForBadInput} closed for bad input, ${fuzz.survived} alive after probe`,
      `${invalidSync} invalid sync messages, each closed alone`,
      `awareness flood: ${aw.sent} frames sent before close ${aw.code}; 500 clients in one frame → ${crowd.code}; 100 kB state → ${fat.code}; ghost states left on a peer: ${ghosts.length}`,
      `message flood: ${flood.sent} frames sent before close ${flood.code}; 9 MiB frame closed 1009`,
      `server RSS ${memBefore.rss.toFixed(0)} → ${memAfter.rss.toFixed(0)} MiB; peers disconnected: 0`,
    ])
    expect(ghosts.length).toBe(0)
  })

  it('refuses unauthenticated fuzzers before reading a frame', async () => {
    const room = seeded.review.groups[0]!.room
    for (const token of ['', 'forged-token', '%00', 'a'.repeat(4000)]) {
      const { ws, closed } = openRaw(`${wsBase}/${room}?token=${encodeURIComponent(token)}`)
      ws.on('open', () => ws.send(new Uint8Array([0, 2, 5, 1, 2, 3, 4, 5])))
      expect((await closed).code).toBe(4401)
    }
  })

  it('keeps a crowded room (80 peers) connected: echoing everyone’s presence is not a flood', async () => {
    const room = seeded.review.groups[1]!.room
    const crowd: Peer[] = []
    for (let i = 0; i < 80; i++) {
      const p = await peer(room)
      p.provider.awareness.setLocalStateField('user', { name: `Peer ${i}`, color: '#336699' })
      crowd.push(p)
    }
    const last = crowd[crowd.length - 1]!
    last.doc.getMap('crowd').set('hello', 1)
    await waitForDoc(crowd[0]!.doc, () => crowd[0]!.doc.getMap('crowd').get('hello') === 1, 15_000)
    const closed = crowd.filter((p) => p.closes > 0).length
    recordFigures('ws crowded room', [`80 peers with presence in one room: ${closed} closed`])
    expect(closed).toBe(0)
  })
})
