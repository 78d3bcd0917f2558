/** Hand-built y-websocket frames for raw-socket tests (awareness, sync, garbage). */

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/** An awareness frame (type 1) with one client's state. */
export function awarenessFrame(clientID: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientID)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify(state))
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}

/** A sync frame: 0 = SyncStep1 (payload = state vector), 1 = SyncStep2, 2 = Update. */
export function syncFrame(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0)
  encoding.writeVarUint(e, syncType)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

/** An update frame that sets `key` in map `m` (made on a throw-away doc). */
export function updateFrame(key: string, value: string, clientID = 4242): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = clientID
  doc.getMap('m').set(key, value)
  return syncFrame(2, Y.encodeStateAsUpdate(doc))
}

/** Client ids and states carried by an awareness frame from the server, or null for other frames. */
export function readAwarenessFrame(frame: Uint8Array): { clientID: number; state: unknown }[] | null {
  const d = decoding.createDecoder(frame)
  if (decoding.readVarUint(d) !== 1) return null
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d))
  const n = decoding.readVarUint(inner)
  const out: { clientID: number; state: unknown }[] = []
  for (let i = 0; i < n; i++) {
    const clientID = decoding.readVarUint(inner)
    decoding.readVarUint(inner)
    out.push({ clientID, state: JSON.parse(decoding.readVarString(inner)) })
  }
  return out
}

/** Well-formed frames of every kind a client sends: the seeds the fuzzers mutate. */
export function validFrames(): Uint8Array[] {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'Modda 1. Vakolatli organ oʻz xohishiga koʻra')
  doc.getMap('findings').set('f1', new Y.Map())
  doc.getArray('audit').push([{ at: 'x', by: { id: 'u' } }])
  const update = Y.encodeStateAsUpdate(doc)
  return [
    syncFrame(0, Y.encodeStateVector(doc)),
    syncFrame(1, update),
    syncFrame(2, update),
    updateFrame('k', 'v'),
    awarenessFrame(12345, 3, { user: { name: 'Fuzz', color: '#123456' } }),
    new Uint8Array([3]),
  ]
}

/** `n` random bytes drawn from `rand`. */
export function randomBytes(rand: () => number, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(rand() * 256))
}

/**
 * One of `valid` with a random mutation: a few bytes flipped, cut short, junk appended or inserted.
 * Deterministic for a seeded `rand`, so a fuzz failure replays.
 */
export function mutatedFrame(rand: () => number, valid: readonly Uint8Array[]): Uint8Array {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const bytes = (n: number) => randomBytes(rand, n)
  const base = pick(valid).slice()
  const m = rand()
  if (m < 0.4) {
    for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++)
      base[Math.floor(rand() * base.length)] = Math.floor(rand() * 256)
    return base
  }
  if (m < 0.6) return base.subarray(0, Math.floor(rand() * base.length))
  if (m < 0.8) return Uint8Array.from([...base, ...bytes(1 + Math.floor(rand() * 8))])
  const at = Math.floor(rand() * base.length)
  return Uint8Array.from([
    ...base.subarray(0, at),
    ...bytes(1 + Math.floor(rand() * 4)),
    ...base.subarray(at),
  ])
}
