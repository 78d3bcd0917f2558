/**
 * Frames between instances on Redis: `kind u8 | instance id (16 ASCII bytes) | room length u8 | room | payload`.
 * One frame per Yjs update (the update bytes as produced by the doc), so one edit costs one publish.
 */

/** What a frame carries. */
export const FRAME = {
  /** A Yjs update made on the sender (room channel). */
  update: 1,
  /** An awareness update of presence the sender owns (room channel). */
  awareness: 2,
  /** The sender's state vector: answer with what it lacks (room channel). */
  syncRequest: 3,
  /** The update the requester lacks (requester's instance channel). */
  syncReply: 4,
} as const

export type FrameKind = (typeof FRAME)[keyof typeof FRAME]

/** Instance ids are exactly this long. */
export const INSTANCE_ID_BYTES = 16

/** A decoded frame. */
export type Frame = { kind: FrameKind; from: string; room: string; payload: Uint8Array }

/** Encode one frame. */
export function encodeFrame(kind: FrameKind, from: string, room: string, payload: Uint8Array): Buffer {
  const roomBytes = Buffer.from(room, 'utf8')
  const out = Buffer.allocUnsafe(1 + INSTANCE_ID_BYTES + 1 + roomBytes.length + payload.byteLength)
  out.writeUInt8(kind, 0)
  out.write(from.padEnd(INSTANCE_ID_BYTES, '_').slice(0, INSTANCE_ID_BYTES), 1, 'ascii')
  out.writeUInt8(roomBytes.length, 1 + INSTANCE_ID_BYTES)
  roomBytes.copy(out, 2 + INSTANCE_ID_BYTES)
  out.set(payload, 2 + INSTANCE_ID_BYTES + roomBytes.length)
  return out
}

/** Decode a frame, or null for anything malformed (another app on the same Redis, a version skew). */
export function decodeFrame(buf: Buffer): Frame | null {
  if (buf.length < 2 + INSTANCE_ID_BYTES) return null
  const kind = buf.readUInt8(0)
  if (kind < 1 || kind > 4) return null
  const roomLength = buf.readUInt8(1 + INSTANCE_ID_BYTES)
  const start = 2 + INSTANCE_ID_BYTES + roomLength
  if (buf.length < start) return null
  return {
    kind: kind as FrameKind,
    from: buf.toString('ascii', 1, 1 + INSTANCE_ID_BYTES),
    room: buf.toString('utf8', 2 + INSTANCE_ID_BYTES, start),
    payload: new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start),
  }
}
