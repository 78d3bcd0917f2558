/**
 * WebSocket fuzzing against a running server: raw sockets on a real room send random and mutated
 * frames, invalid sync messages, awareness floods and oversized frames; legitimate y-websocket peers
 * in the same and in another room must not notice. Shared by the fast suite (a few thousand frames)
 * and the long reliability run (tens of thousands).
 */
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { openRaw } from '../helpers/wsClient.js'
import { awarenessFrame, mutatedFrame, randomBytes, syncFrame, validFrames } from '../helpers/wsFrames.js'

/** Close codes a server may use for a socket that broke the protocol. */
export const BAD_INPUT_CLOSES = [4400, 1002, 1007, 1009]

/** Counts of one fuzz run (the figures in docs/reliability.md). */
export type FuzzFigures = {
  frames: number
  sockets: number
  closedForBadInput: number
  survived: number
  unexpected: string[]
}

/** True when Yjs refuses the update (so a server must refuse it too). */
function updateIsBroken(update: Uint8Array): boolean {
  try {
    Y.applyUpdate(new Y.Doc(), update)
    return false
  } catch {
    return true
  }
}

/**
 * Sync messages that can never be applied: updates Yjs itself rejects (truncated real updates, random
 * bytes, checked locally first), a length prefix claiming 4 GiB, an unknown sync sub-type, an empty
 * message and an unknown message type. A random *state vector* is not in this list: any list of
 * (client, clock) pairs is a valid question.
 */
export function invalidSyncFrames(rand: () => number): Uint8Array[] {
  const bytes = (n: number) => randomBytes(rand, n)
  const real = Y.encodeStateAsUpdate(
    (() => {
      const d = new Y.Doc()
      d.getText('t').insert(0, `Modda ${Math.floor(rand() * 100)}. oʻz xohishiga koʻra`)
      d.getMap('m').set('k', 'v')
      return d
    })(),
  )
  const candidates = [
    real.subarray(0, 1 + Math.floor(rand() * (real.length - 2))),
    bytes(1 + Math.floor(rand() * 200)),
  ]
  const broken = candidates.filter(updateIsBroken)
  const lyingLength = encoding.createEncoder()
  encoding.writeVarUint(lyingLength, 0)
  encoding.writeVarUint(lyingLength, 2)
  encoding.writeVarUint(lyingLength, 0xffffffff) // claims a 4 GiB update
  encoding.writeUint8Array(lyingLength, bytes(16))
  return [
    ...broken.map((u) => syncFrame(2, u)),
    ...broken.map((u) => syncFrame(1, u)),
    encoding.toUint8Array(lyingLength),
    Uint8Array.from([0, 9, 1, 2, 3]), // unknown sync sub-type
    Uint8Array.from([0]), // message type without a body
    Uint8Array.from([7, 1, 2]), // unknown message type
  ]
}

/** A random or mutated frame (deterministic for a seed). */
export function fuzzFrame(rand: () => number, valid = validFrames()): Uint8Array | string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const bytes = (n: number) => randomBytes(rand, n)
  const kind = rand()
  if (kind < 0.15) return bytes(Math.floor(rand() * 64))
  if (kind < 0.2) return `text frame ${rand()}`
  if (kind < 0.3) return pick(invalidSyncFrames(rand))
  if (kind < 0.35) return syncFrame(0, bytes(1 + Math.floor(rand() * 40)))
  if (kind < 0.42)
    return awarenessFrame(Math.floor(rand() * 2 ** 31), Math.floor(rand() * 100), {
      user: { name: 'x'.repeat(Math.floor(rand() * 200)) },
    })
  return mutatedFrame(rand, valid)
}

/** Send `frames` fuzz frames in small batches over fresh sockets; each socket ends closed or probed alive. */
export async function fuzzRoom(roomUrl: string, rand: () => number, frames: number): Promise<FuzzFigures> {
  const valid = validFrames()
  const figures: FuzzFigures = { frames: 0, sockets: 0, closedForBadInput: 0, survived: 0, unexpected: [] }
  while (figures.frames < frames) {
    const { ws, opened, closed } = openRaw(roomUrl)
    figures.sockets++
    await opened
    const batch = 1 + Math.floor(rand() * 6)
    for (let i = 0; i < batch && figures.frames < frames; i++, figures.frames++)
      ws.send(fuzzFrame(rand, valid))
    // A probe: a healthy connection answers an awareness query with an awareness frame.
    ws.send(new Uint8Array([3]))
    const outcome = await Promise.race([
      closed.then((c) => c.code),
      new Promise<'alive'>((resolve) => ws.on('message', (d: Buffer) => d[0] === 1 && resolve('alive'))),
    ])
    if (outcome === 'alive') {
      figures.survived++
      ws.close()
      await closed
    } else if (BAD_INPUT_CLOSES.includes(outcome)) figures.closedForBadInput++
    else figures.unexpected.push(`socket ${figures.sockets} closed with ${outcome}`)
  }
  return figures
}

/** An awareness frame (type 1) announcing `count` clients at once, each with `state`. */
export function multiAwarenessFrame(firstClientId: number, count: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, count)
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(inner, firstClientId + i)
    encoding.writeVarUint(inner, 1)
    encoding.writeVarString(inner, JSON.stringify(state))
  }
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}

/** Open a socket, send `frames` as fast as possible, and resolve with the close code the server chose. */
export async function floodUntilClosed(
  roomUrl: string,
  frames: Iterable<Uint8Array>,
): Promise<{ code: number; sent: number }> {
  const { ws, opened, closed } = openRaw(roomUrl)
  await opened
  let sent = 0
  for (const frame of frames) {
    if (ws.readyState !== ws.OPEN) break
    ws.send(frame)
    sent++
    // Let the close frame in now and then, or the loop would queue every frame before seeing it.
    if (sent % 50 === 0) await new Promise((r) => setImmediate(r))
  }
  return { code: (await closed).code, sent }
}
