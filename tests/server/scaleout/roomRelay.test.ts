/**
 * The room relay's resync rules, without Redis: a skipped sequence number makes the receiver ask the
 * sender for what it lacks, a room-wide sync request is answered and asked back (so two instances
 * that both edited during an outage converge from one request), a direct one is only answered.
 */

import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { decodeFrame, encodeFrame, FRAME, type Frame } from '../../../server/cluster/frames.js'
import { type RelayBus, RoomRelay } from '../../../server/cluster/roomRelay.js'
import type { Room } from '../../../server/collab/room.js'

type Sent = { to: string; kind: number; seq: number; payload: Uint8Array }

/** One instance's relay of one room, recording what it sends. */
function instance(id: string) {
  const doc = new Y.Doc()
  const room = { name: 'rv.1.g.a', doc, awareness: new Awareness(doc), awarenessOwners: new Map() }
  const sent: Sent[] = []
  const bus: RelayBus = {
    id,
    publishRoom: (_room, kind, seq, payload) => sent.push({ to: 'room', kind, seq, payload }),
    replyTo: (to, _room, kind, payload) => sent.push({ to, kind, seq: 0, payload }),
  }
  return { id, doc, sent, relay: new RoomRelay(room as unknown as Room, bus) }
}

/** Deliver `s` from instance `from` to `to` through the real frame encoding. */
function deliver(from: string, s: Sent, to: ReturnType<typeof instance>): void {
  const frame = decodeFrame(encodeFrame(s.kind as Frame['kind'], from, s.seq, 'rv.1.g.a', s.payload))
  if (!frame) throw new Error('frame did not decode')
  to.relay.receive(frame, s.to !== 'room')
}

const text = (i: ReturnType<typeof instance>) => i.doc.getText('t').toString()

describe('room relay resync', () => {
  it('numbers its frames and asks the sender directly when a number was skipped', () => {
    const a = instance('aaaaaaaaaaaaaaaa')
    const b = instance('bbbbbbbbbbbbbbbb')
    a.doc.getText('t').insert(0, 'one ')
    a.doc.getText('t').insert(4, 'two ')
    a.doc.getText('t').insert(8, 'three')
    expect(a.sent.map((s) => s.seq)).toEqual([1, 2, 3])
    deliver(a.id, a.sent[0] as Sent, b)
    expect(b.sent).toEqual([])
    deliver(a.id, a.sent[2] as Sent, b) // frame 2 lost
    const ask = b.sent.at(-1) as Sent
    expect(ask).toMatchObject({ to: a.id, kind: FRAME.syncRequest })
    expect(b.relay.gapResyncs).toBe(1)
    deliver(b.id, ask, a)
    const reply = a.sent.at(-1) as Sent
    expect(reply).toMatchObject({ to: b.id, kind: FRAME.syncReply })
    expect(a.sent.filter((s) => s.to === b.id && s.kind === FRAME.syncRequest)).toEqual([]) // no ask-back
    deliver(a.id, reply, b)
    expect(text(b)).toBe('one two three')
  })

  it('answers a room-wide sync request and asks back, so both sides of an outage converge', () => {
    const a = instance('aaaaaaaaaaaaaaaa')
    const b = instance('bbbbbbbbbbbbbbbb')
    a.doc.getText('t').insert(0, 'A')
    b.doc.getText('t').insert(0, 'B')
    a.sent.length = 0
    b.sent.length = 0
    a.relay.requestSync()
    deliver(a.id, a.sent.at(-1) as Sent, b)
    const toA = b.sent.filter((s) => s.to === a.id)
    expect(toA.map((s) => s.kind)).toEqual([FRAME.syncReply, FRAME.syncRequest])
    for (const s of toA) deliver(b.id, s, a)
    for (const s of a.sent.filter((s) => s.to === b.id)) deliver(a.id, s, b)
    expect(text(a)).toBe(text(b))
    expect(text(a)).toHaveLength(2)
  })
})
