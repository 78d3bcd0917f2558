/**
 * Frames between instances on Redis:
 * `kind u8 | instance id (16 ASCII bytes) | seq u32 BE | room length u8 | room | payload`.
 * One frame per Yjs update (the update bytes as produced by the doc), so one edit costs one publish.
 * `seq` numbers the frames an instance sends on one room's channel (1, 2, …, counting frames it
 * could not send while Redis was down), so a receiver that sees a number skipped knows it missed
 * something and asks that instance for it; frames sent to one instance carry 0.
 */

/** What a frame carries. */
export const FRAME = {
  /** A Yjs update made on the sender (room channel). */
  update: 1,
  /** An awareness update of presence the sender owns (room channel). */
  awareness: 2,
  /**
   * The sender's state vector: answer with what it lacks. On the room channel the receivers also
   * ask the sender back (a two-way exchange); sent to one instance (a gap, an ask-back) it is only answered.
   */
  syncRequest: 3,
  /** The update the requester lacks (requester's instance channel). */
  syncReply: 4,
} as const

export type FrameKind = (typeof FRAME)[keyof typeof FRAME]

/** Instance ids are exactly this long. */
export const INSTANCE_ID_BYTES = 16

const SEQ_AT = 1 + INSTANCE_ID_BYTES
/** kind + instance id + seq + room length. */
const HEADER = SEQ_AT + 4 + 1

/** A decoded frame. */
export type Frame = { kind: FrameKind; from: string; seq: number; room: string; payload: Uint8Array }

/** Encode one frame. */
export function encodeFrame(
  kind: FrameKind,
  from: string,
  seq: number,
  room: string,
  payload: Uint8Array,
): Buffer {
  const roomBytes = Buffer.from(room, 'utf8')
  const out = Buffer.allocUnsafe(HEADER + roomBytes.length + payload.byteLength)
  out.writeUInt8(kind, 0)
  out.write(from.padEnd(INSTANCE_ID_BYTES, '_').slice(0, INSTANCE_ID_BYTES), 1, 'ascii')
  out.writeUInt32BE(seq >>> 0, SEQ_AT)
  out.writeUInt8(roomBytes.length, HEADER - 1)
  roomBytes.copy(out, HEADER)
  out.set(payload, HEADER + roomBytes.length)
  return out
}

/** Decode a frame, or null for anything malformed (another app on the same Redis, a version skew). */
export function decodeFrame(buf: Buffer): Frame | null {
  if (buf.length < HEADER) return null
  const kind = buf.readUInt8(0)
  if (kind < 1 || kind > 4) return null
  const roomLength = buf.readUInt8(HEADER - 1)
  const start = HEADER + roomLength
  if (buf.length < start) return null
  return {
    kind: kind as FrameKind,
    from: buf.toString('ascii', 1, 1 + INSTANCE_ID_BYTES),
    seq: buf.readUInt32BE(SEQ_AT),
    room: buf.toString('utf8', HEADER, start),
    payload: new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start),
  }
}
