/**
 * The size and connection caps of rooms with rules, over real sockets: a member growing a room
 * past its cap is refused (4400) while the room keeps what it had; a user opening more sockets
 * than allowed gets the extra ones closed; a refused update leaves other peers' edits flowing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { reviewRoomRules } from '../../../server/collab/invariants.js'
import { connectSynced, openRaw, type TestPeer, waitForDoc, waitUntil } from '../../helpers/wsClient.js'
import { syncFrame } from '../../helpers/wsFrames.js'
import { type CollabTestServer, startCollabServer } from '../../helpers/wsServer.js'

let srv: CollabTestServer
const peers: TestPeer[] = []
afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy()
  await srv?.close()
})

async function start(opts: { maxRoomBytes?: number; maxConnectionsPerUser?: number }) {
  srv = await startCollabServer({
    manager: {
      rulesFor: () => reviewRoomRules('g1'),
      sizeCaps: { maxRoomBytes: opts.maxRoomBytes },
      maxConnectionsPerUser: opts.maxConnectionsPerUser,
    },
  })
  srv.policy.set('u1', { ok: true, readOnly: false, user: { id: 'u1', name: 'One' } })
  srv.policy.set('u2', { ok: true, readOnly: false, user: { id: 'u2', name: 'Two' } })
}

/** A checklist update of about `bytes` bytes, from a fresh client. */
function bulk(bytes: number, tag: string): Uint8Array {
  const d = new Y.Doc()
  const c = d.getMap('checklist')
  for (let i = 0; i * 110 < bytes; i++) c.set(`${tag}-${i}-${'u'.repeat(90)}`, 'found')
  return Y.encodeStateAsUpdate(d)
}

describe('room caps', () => {
  it('refuses the update that would take a room past its size cap and keeps the room as it was', async () => {
    await start({ maxRoomBytes: 200_000 })
    const raw = openRaw(`${srv.url}/room-1?token=u1`)
    await raw.opened
    const doc = await srv.rooms.getDoc('room-1')
    raw.ws.send(syncFrame(2, bulk(120_000, 'a')))
    await waitForDoc(doc, () => doc.getMap('checklist').size > 0)
    const sizeBefore = Y.encodeStateAsUpdate(doc).byteLength
    raw.ws.send(syncFrame(2, bulk(120_000, 'b')))
    const closed = await raw.closed
    expect(closed.code).toBe(4400)
    expect(closed.reason).toMatch(/size cap/)
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBe(sizeBefore)
    expect([...doc.getMap('checklist').keys()].some((k) => k.startsWith('b-'))).toBe(false)
  })

  it('closes a user’s sockets beyond the per-user cap, other users unaffected', async () => {
    await start({ maxConnectionsPerUser: 2 })
    peers.push(await connectSynced(srv.url, 'room-1', { token: 'u1' }))
    peers.push(await connectSynced(srv.url, 'room-2', { token: 'u1' }))
    const third = openRaw(`${srv.url}/room-3?token=u1`)
    const closed = await third.closed
    expect(closed.code).toBe(4400)
    expect(closed.reason).toMatch(/too many connections/)
    const other = await connectSynced(srv.url, 'room-1', { token: 'u2' })
    peers.push(other)
    expect(other.provider.wsconnected).toBe(true)
  })

  it('gives a user a slot back when one of their sockets closes', async () => {
    await start({ maxConnectionsPerUser: 2 })
    const first = await connectSynced(srv.url, 'room-1', { token: 'u1' })
    peers.push(await connectSynced(srv.url, 'room-2', { token: 'u1' }))
    first.destroy()
    await waitUntil(
      () => (srv.rooms.peek('room-1')?.conns.size ?? 0) === 0,
      5000,
      'the first socket to leave',
    )
    const again = await connectSynced(srv.url, 'room-3', { token: 'u1' })
    peers.push(again)
    expect(again.provider.wsconnected).toBe(true)
    // Still capped: the freed slot is taken again.
    const fourth = openRaw(`${srv.url}/room-4?token=u1`)
    expect((await fourth.closed).code).toBe(4400)
  })

  it('keeps relaying honest edits after refusing a forged one in the same room', async () => {
    await start({})
    const a = await connectSynced(srv.url, 'room-1', { token: 'u1' })
    const b = await connectSynced(srv.url, 'room-1', { token: 'u2' })
    peers.push(a, b)
    const raw = openRaw(`${srv.url}/room-1?token=u2`)
    await raw.opened
    const forged = new Y.Doc()
    forged.getMap('meta').set('locked', false)
    raw.ws.send(syncFrame(2, Y.encodeStateAsUpdate(forged)))
    expect((await raw.closed).code).toBe(4400)
    a.doc.getMap('checklist').set('u-1', 'found')
    await waitForDoc(b.doc, () => b.doc.getMap('checklist').get('u-1') === 'found')
    expect(b.doc.getMap('meta').has('locked')).toBe(false)
  })
})
