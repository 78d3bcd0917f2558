/**
 * The y-websocket wire protocol, as pure encoders and a strict decoder.
 *
 * message = varUint(type) payload; type 0 sync (SyncStep1 / SyncStep2 / Update), 1 awareness,
 * 2 auth (server → client only), 3 query awareness; ours: 100 access changed (server → client only,
 * see `ACCESS_CHANGED_MESSAGE`). Anything else from a client, or trailing bytes, is a `ProtocolError`
 * and the connection is closed.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { ACCESS_CHANGED_MESSAGE } from '../../shared/collab/rooms.js'

/** Top-level message types of y-websocket. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** "Your access was re-checked": the whole message is its type. */
export const ACCESS_CHANGED_FRAME: Uint8Array = Uint8Array.of(ACCESS_CHANGED_MESSAGE)

/** The peer broke the protocol; the connection is closed, the room is untouched. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProtocolError'
  }
}

/** One client's entry of an awareness update, with its state still as JSON text. */
export type AwarenessEntry = { clientID: number; clock: number; stateJson: string }

/** A decoded message from a client. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' | 'update'; update: Uint8Array }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'queryAwareness' }

/** Caps applied while decoding, so one peer can't make the server hold or relay huge presence data. */
export type DecodeLimits = { maxAwarenessStateBytes: number; maxAwarenessEntries: number }

/** SyncStep1 with the doc's state vector: "send me what I lack". */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  syncProtocol.writeSyncStep1(e, doc)
  return encoding.toUint8Array(e)
}

/** SyncStep2: everything the peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  syncProtocol.writeSyncStep2(e, doc, stateVector)
  return encoding.toUint8Array(e)
}

/** An incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  syncProtocol.writeUpdate(e, update)
  return encoding.toUint8Array(e)
}

/** The awareness states of `clients` (a removed client is sent with state null). */
export function encodeAwareness(awareness: Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.awareness)
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(e)
}

/**
 * Check that every entry's state is JSON for an object or null. Not part of decoding: echoes of
 * presence the room already has (most awareness traffic) are dropped before any JSON is parsed.
 */
export function checkAwarenessStates(entries: readonly AwarenessEntry[]): void {
  for (const e of entries) {
    if (e.stateJson === 'null') continue
    let state: unknown
    try {
      state = JSON.parse(e.stateJson)
    } catch (err) {
      throw new ProtocolError(`malformed frame: ${(err as Error).message}`)
    }
    if (typeof state !== 'object') throw new ProtocolError('awareness state is not an object')
  }
}

/** Re-encode checked entries as an awareness update payload (for `applyAwarenessUpdate`). */
export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.clientID)
    encoding.writeVarUint(e, entry.clock)
    encoding.writeVarString(e, entry.stateJson)
  }
  return encoding.toUint8Array(e)
}

function decodeAwarenessEntries(payload: Uint8Array, limits: DecodeLimits): AwarenessEntry[] {
  const d = decoding.createDecoder(payload)
  const count = decoding.readVarUint(d)
  if (count > limits.maxAwarenessEntries) throw new ProtocolError(`awareness update with ${count} entries`)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(d)
    const clock = decoding.readVarUint(d)
    const stateJson = decoding.readVarString(d)
    if (stateJson.length > limits.maxAwarenessStateBytes) throw new ProtocolError('awareness state too large')
    entries.push({ clientID, clock, stateJson })
  }
  if (decoding.hasContent(d)) throw new ProtocolError('trailing bytes in awareness update')
  return entries
}

function decodeOrThrow(data: Uint8Array, limits: DecodeLimits): ClientMessage {
  const d = decoding.createDecoder(data)
  const type = decoding.readVarUint(d)
  let msg: ClientMessage
  if (type === MESSAGE.sync) {
    const syncType = decoding.readVarUint(d)
    const bytes = decoding.readVarUint8Array(d)
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      Y.decodeStateVector(bytes)
      msg = { kind: 'syncStep1', stateVector: bytes }
    } else if (syncType === syncProtocol.messageYjsSyncStep2) msg = { kind: 'syncStep2', update: bytes }
    else if (syncType === syncProtocol.messageYjsUpdate) msg = { kind: 'update', update: bytes }
    else throw new ProtocolError(`unknown sync message ${syncType}`)
  } else if (type === MESSAGE.awareness) {
    msg = { kind: 'awareness', entries: decodeAwarenessEntries(decoding.readVarUint8Array(d), limits) }
  } else if (type === MESSAGE.queryAwareness) {
    msg = { kind: 'queryAwareness' }
  } else {
    throw new ProtocolError(`unknown message type ${type}`)
  }
  if (decoding.hasContent(d)) throw new ProtocolError('trailing bytes after message')
  return msg
}

/** Decode one frame from a client; every malformation becomes a `ProtocolError`. */
export function decodeClientMessage(data: Uint8Array, limits: DecodeLimits): ClientMessage {
  try {
    return decodeOrThrow(data, limits)
  } catch (err) {
    if (err instanceof ProtocolError) throw err
    throw new ProtocolError(`malformed frame: ${(err as Error).message}`)
  }
}
