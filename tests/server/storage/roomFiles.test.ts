/** Room files: header checks, generations, atomic writes, corruption handling, name safety. */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryRoomStore } from '../../../server/storage/memoryRoomStore.js'
import {
  decodeRoomFile,
  encodeRoomFile,
  FileRoomStore,
  ROOM_FILE_HEADER_BYTES,
  RoomDataCorruptError,
} from '../../../server/storage/roomFiles.js'

let dir: string
const logged: string[] = []
const log = { warn: (m: string) => void logged.push(m), error: (m: string) => void logged.push(m) }

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shaffof-roomfiles-'))
  logged.length = 0
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function state(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}
function text(payload: Uint8Array | null): string {
  const doc = new Y.Doc()
  if (payload) Y.applyUpdate(doc, payload)
  return doc.getText('t').toString()
}

describe('room file format', () => {
  it('round-trips and detects truncation, bad magic and flipped bits', () => {
    const payload = state('Статья 1. Oʻzbekiston')
    const file = encodeRoomFile(payload)
    expect(file.byteLength).toBe(payload.byteLength + ROOM_FILE_HEADER_BYTES)
    expect(decodeRoomFile(file)).toEqual({ ok: true, payload })
    expect(decodeRoomFile(file.subarray(0, file.byteLength - 1))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('truncated'),
    })
    expect(decodeRoomFile(file.subarray(0, 10))).toMatchObject({ ok: false })
    const flipped = Buffer.from(file)
    flipped[flipped.byteLength - 3] = (flipped[flipped.byteLength - 3] ?? 0) ^ 0x40
    expect(decodeRoomFile(flipped)).toEqual({ ok: false, reason: 'checksum mismatch' })
    const magic = Buffer.from(file)
    magic[0] = 0x58
    expect(decodeRoomFile(magic)).toEqual({ ok: false, reason: 'bad magic' })
  })
})

describe('FileRoomStore', () => {
  it('returns null for a new room and stores one file per room, previous generation kept', async () => {
    const store = new FileRoomStore(join(dir, 'rooms'), log)
    expect(await store.fetch('rv.1.g.a')).toBeNull()
    await store.store('rv.1.g.a', state('one'))
    expect(text(await store.fetch('rv.1.g.a'))).toBe('one')
    await store.store('rv.1.g.a', state('two'))
    expect(text(await store.fetch('rv.1.g.a'))).toBe('two')
    expect((await readdir(join(dir, 'rooms'))).sort()).toEqual(['rv.1.g.a.ybin', 'rv.1.g.a.ybin.prev'])
    const prev = decodeRoomFile(await readFile(join(dir, 'rooms', 'rv.1.g.a.ybin.prev')))
    expect(prev.ok && text(prev.payload)).toBe('one')
    const current = (await store.fetch('rv.1.g.a')) as Uint8Array
    expect(await store.size('rv.1.g.a')).toBe(current.byteLength + ROOM_FILE_HEADER_BYTES)
    expect(await store.size('rv.2.g.a')).toBeNull()
  })

  it('serves the previous generation when the current file is truncated or corrupt', async () => {
    const store = new FileRoomStore(dir, log)
    await store.store('r', state('good old'))
    await store.store('r', state('newest'))
    await truncate(join(dir, 'r.ybin'), 20)
    expect(text(await store.fetch('r'))).toBe('good old')
    expect(logged.join(' ')).toMatch(/previous generation/)
    const file = await readFile(join(dir, 'r.ybin.prev'))
    await writeFile(
      join(dir, 'r.ybin'),
      Buffer.concat([file.subarray(0, 50), Buffer.from('garbage!'), file.subarray(58)]),
    )
    expect(text(await store.fetch('r'))).toBe('good old')
  })

  it('refuses (throws) when both generations are damaged — never an empty room', async () => {
    const store = new FileRoomStore(dir, log)
    await store.store('r', state('a'))
    await store.store('r', state('b'))
    await writeFile(join(dir, 'r.ybin'), 'not a room file at all')
    await truncate(join(dir, 'r.ybin.prev'), 30)
    await expect(store.fetch('r')).rejects.toBeInstanceOf(RoomDataCorruptError)
    expect(logged.join(' ')).toMatch(/refuses to open/)
    // Current damaged and no previous generation at all: also a refusal.
    await writeFile(join(dir, 's.ybin'), Buffer.alloc(100))
    await expect(store.fetch('s')).rejects.toBeInstanceOf(RoomDataCorruptError)
  })

  it('a damaged current file never becomes the previous generation', async () => {
    const store = new FileRoomStore(dir, log)
    await store.store('r', state('first'))
    await store.store('r', state('second'))
    await writeFile(join(dir, 'r.ybin'), 'damaged')
    await store.store('r', state('third'))
    const prev = decodeRoomFile(await readFile(join(dir, 'r.ybin.prev')))
    expect(prev.ok && text(prev.payload)).toBe('first')
    expect(text(await store.fetch('r'))).toBe('third')
  })

  it('concurrent stores of one room leave a valid file and no temp files', async () => {
    const store = new FileRoomStore(dir, log)
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.store('r', state(`v${i}`))))
    expect(text(await store.fetch('r'))).toBe('v19')
    expect((await readdir(dir)).sort()).toEqual(['r.ybin', 'r.ybin.prev'])
  })

  it('rejects unsafe room names before touching the disk', async () => {
    const store = new FileRoomStore(join(dir, 'rooms'), log)
    for (const bad of ['.', '..', '../x', 'a/b', 'a\\b', '', 'é', 'x'.repeat(129), 'a\0b']) {
      await expect(store.fetch(bad)).rejects.toThrow(/Invalid room name/)
      await expect(store.store(bad, state('x'))).rejects.toThrow(/Invalid room name/)
    }
    expect(await readdir(dir)).toEqual([])
  })
})

describe('MemoryRoomStore', () => {
  it('copies state in and out and counts stores', async () => {
    const store = new MemoryRoomStore()
    const s = state('m')
    await store.store('r', s)
    s.fill(0)
    const got = await store.fetch('r')
    expect(text(got)).toBe('m')
    got?.fill(0)
    expect(text(await store.fetch('r'))).toBe('m')
    expect(store.storeCounts.get('r')).toBe(1)
    await expect(store.fetch('..')).rejects.toThrow()
  })
})
