/**
 * Room broadcasts are framed once and written to each peer's TCP socket (server/collab/frame.ts): the
 * bytes must be exactly the frame `ws` itself would send, at every length encoding of RFC 6455.
 */
import { describe, expect, it } from 'vitest'
import * as ws from 'ws'
import { binaryFrame } from '../../../server/collab/frame.js'

/** `ws`'s own framer (exported by the package, absent from its type definitions). */
const { Sender } = ws as unknown as {
  Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] }
}

/** The frame `ws` sends for `payload` from a server (unmasked, FIN, binary). */
function wsFrame(payload: Buffer): Buffer {
  const parts = Sender.frame(payload, { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false })
  return Buffer.concat(parts)
}

describe('binaryFrame', () => {
  for (const size of [0, 1, 125, 126, 127, 65535, 65536, 70_001]) {
    it(`matches ws for a ${size}-byte payload`, () => {
      const payload = Buffer.alloc(size)
      for (let i = 0; i < size; i++) payload[i] = (i * 31 + 7) & 0xff
      expect(binaryFrame(payload).equals(wsFrame(payload))).toBe(true)
    })
  }

  it('takes a view into a larger buffer without its neighbours', () => {
    const whole = Buffer.from([9, 9, 1, 2, 3, 9])
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, 3)
    expect([...binaryFrame(view)]).toEqual([0x82, 3, 1, 2, 3])
  })
})
