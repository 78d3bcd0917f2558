/**
 * Yjs room state on disk: one file per room, `<dir>/<room>.ybin`, plus the previous good generation
 * `<room>.ybin.prev`.
 *
 * Each file is a small header followed by the payload (`Y.encodeStateAsUpdate` of the room):
 * `magic "SHYR" | version u8 | 3 reserved bytes | payload length u32 LE | sha256(payload) 32 bytes`.
 * The length and hash catch truncation and bit rot, so a damaged file is never mistaken for an empty
 * room: we fall back to `.prev`, and if that is damaged too the room refuses to open.
 */
import { createHash, randomBytes } from 'node:crypto'
import { link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOM_NAME_RE } from '../../shared/collab/rooms.js'
import type { Logger } from '../log.js'
import { SerialQueue } from './serialQueue.js'

/** Where room state lives; two functions, so another backend (S3, SQL) can slot in. */
export interface RoomStore {
  /** The room's last stored state, or `null` for a room never stored. Throws if stored data is unusable. */
  fetch(room: string): Promise<Uint8Array | null>
  /** Replace the room's stored state (a full snapshot). */
  store(room: string, state: Uint8Array): Promise<void>
  /** Size in bytes of what is stored for the room, or `null`; used for figures, optional. */
  size?(room: string): Promise<number | null>
}

/** Thrown when a room has stored data but no readable copy of it. */
export class RoomDataCorruptError extends Error {
  constructor(
    readonly room: string,
    detail: string,
  ) {
    super(`Stored state of room "${room}" is damaged and no good previous copy exists (${detail}).`)
    this.name = 'RoomDataCorruptError'
  }
}

const MAGIC = Buffer.from('SHYR', 'ascii')
const FORMAT_VERSION = 1
/** magic 4 + version/reserved 4 + length 4 + sha256 32. */
export const ROOM_FILE_HEADER_BYTES = 44

/** Throws unless `room` is a safe room name (contract format, and never `.` or `..`). */
export function assertRoomName(room: string): void {
  if (!ROOM_NAME_RE.test(room) || room === '.' || room === '..') {
    throw new Error(`Invalid room name: ${JSON.stringify(room.slice(0, 140))}`)
  }
}

/** Wrap a payload in the room-file header. */
export function encodeRoomFile(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(ROOM_FILE_HEADER_BYTES)
  MAGIC.copy(header, 0)
  header.writeUInt8(FORMAT_VERSION, 4)
  header.writeUInt32LE(payload.byteLength, 8)
  createHash('sha256').update(payload).digest().copy(header, 12)
  return Buffer.concat([header, payload])
}

/** Unwrap a room file; returns the payload or a reason it is unusable. */
export function decodeRoomFile(
  file: Uint8Array,
): { ok: true; payload: Uint8Array } | { ok: false; reason: string } {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength)
  if (buf.byteLength < ROOM_FILE_HEADER_BYTES) return { ok: false, reason: 'shorter than the header' }
  if (!buf.subarray(0, 4).equals(MAGIC)) return { ok: false, reason: 'bad magic' }
  const version = buf.readUInt8(4)
  if (version !== FORMAT_VERSION) return { ok: false, reason: `unknown format version ${version}` }
  const length = buf.readUInt32LE(8)
  if (buf.byteLength - ROOM_FILE_HEADER_BYTES !== length) {
    return {
      ok: false,
      reason: `length ${buf.byteLength - ROOM_FILE_HEADER_BYTES} instead of ${length} (truncated?)`,
    }
  }
  const payload = buf.subarray(ROOM_FILE_HEADER_BYTES)
  const digest = createHash('sha256').update(payload).digest()
  if (!digest.equals(buf.subarray(12, 44))) return { ok: false, reason: 'checksum mismatch' }
  return { ok: true, payload: new Uint8Array(payload) }
}

type Read = { state: 'missing' } | { state: 'bad'; reason: string } | { state: 'good'; payload: Uint8Array }

async function readGeneration(path: string): Promise<Read> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' }
    return { state: 'bad', reason: (err as Error).message }
  }
  const decoded = decodeRoomFile(bytes)
  return decoded.ok ? { state: 'good', payload: decoded.payload } : { state: 'bad', reason: decoded.reason }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Room files in one folder (normally `<DATA_DIR>/rooms`). */
export class FileRoomStore implements RoomStore {
  /** Serialises writes per room, so two saves never race on the generation files. */
  private readonly writing = new SerialQueue()
  private ready: Promise<void> | null = null

  constructor(
    readonly dir: string,
    private readonly log?: Pick<Logger, 'warn' | 'error'>,
  ) {}

  /** Path of the room's current file (validated name). */
  pathOf(room: string): string {
    assertRoomName(room)
    return join(this.dir, `${room}.ybin`)
  }

  async fetch(room: string): Promise<Uint8Array | null> {
    const current = this.pathOf(room)
    const now = await readGeneration(current)
    if (now.state === 'good') return now.payload
    const prev = await readGeneration(`${current}.prev`)
    if (now.state === 'missing' && prev.state === 'missing') return null
    const why = now.state === 'bad' ? `current file damaged: ${now.reason}` : 'current file missing'
    if (prev.state === 'good') {
      this.log?.error('room file unusable, serving previous generation', { room, path: current, why })
      return prev.payload
    }
    const prevWhy = prev.state === 'bad' ? `previous damaged: ${prev.reason}` : 'no previous generation'
    this.log?.error('room refuses to open: no good copy on disk', { room, path: current, why, prevWhy })
    throw new RoomDataCorruptError(room, `${why}; ${prevWhy}`)
  }

  store(room: string, state: Uint8Array): Promise<void> {
    let path: string
    try {
      path = this.pathOf(room)
    } catch (err) {
      return Promise.reject(err)
    }
    return this.writing.run(room, () => this.write(path, state))
  }

  async size(room: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(room))).size
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw err
    }
  }

  /** temp file + fsync, keep the current file as `.prev` if it is good, then rename over it. */
  private async write(path: string, state: Uint8Array): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined)
    await this.ready
    const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    try {
      const handle = await open(tmp, 'w')
      try {
        await handle.writeFile(encodeRoomFile(state))
        await handle.sync()
      } finally {
        await handle.close()
      }
      // Only a verified good file becomes the previous generation; a damaged current one is replaced.
      if ((await readGeneration(path)).state === 'good') {
        const prevTmp = `${tmp}.prev`
        await link(path, prevTmp)
        await rename(prevTmp, `${path}.prev`)
      }
      await rename(tmp, path)
      await fsyncPath(this.dir)
    } catch (err) {
      await unlink(tmp).catch(() => undefined)
      throw err
    }
  }
}
