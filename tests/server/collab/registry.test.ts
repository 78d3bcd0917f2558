/** Room manager reliability: save retries, never unloading dirty rooms, saves on leave/close, damaged files. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createRoomManager, type RoomManager, silentLogger } from '../../../server/collab/index.js'
import { MemoryRoomStore } from '../../../server/storage/memoryRoomStore.js'
import { FileRoomStore } from '../../../server/storage/roomFiles.js'
import { connectSynced, openRaw, waitForDoc, waitUntil } from '../../helpers/wsClient.js'
import { startCollabServer } from '../../helpers/wsServer.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})
function manager(opts: Parameters<typeof createRoomManager>[0]): RoomManager {
  const m = createRoomManager({ log: silentLogger, ...opts })
  cleanups.push(() => m.close().catch(() => undefined))
  return m
}
function textOf(state: Uint8Array | null | undefined): string {
  const doc = new Y.Doc()
  if (state) Y.applyUpdate(doc, state)
  return doc.getText('t').toString()
}

/** A memory store whose first `failures` stores throw; records whether the room was loaded at each. */
class FlakyStore extends MemoryRoomStore {
  attempts = 0
  constructor(
    private failures: number,
    private readonly onAttempt: () => void = () => undefined,
  ) {
    super()
  }
  override async store(room: string, state: Uint8Array): Promise<void> {
    this.attempts++
    this.onAttempt()
    if (this.failures-- > 0) throw new Error('EIO: simulated disk failure')
    await super.store(room, state)
  }
}

describe('room manager', () => {
  it('retries a failed save and keeps the room in memory until it is saved', async () => {
    const loadedAtAttempt: boolean[] = []
    let m!: RoomManager
    const store = new FlakyStore(3, () => loadedAtAttempt.push(m.peek('r') !== undefined))
    m = manager({ store, saveDebounceMs: 5, saveMaxWaitMs: 20, saveRetryBaseMs: 10, idleUnloadMs: 1 })
    const doc = await m.getDoc('r')
    doc.getText('t').insert(0, 'must not be lost')
    await waitUntil(() => store.storeCounts.get('r') === 1, 5000, 'successful save')
    expect(store.attempts).toBe(4)
    expect(loadedAtAttempt).toEqual([true, true, true, true])
    expect(textOf(await store.fetch('r'))).toBe('must not be lost')
    // Saved and idle: now it may unload, and reloads from the store.
    await waitUntil(() => m.peek('r') === undefined, 5000, 'idle unload')
    expect((await m.getDoc('r')).getText('t').toString()).toBe('must not be lost')
  })

  it('never unloads a room whose saves keep failing', async () => {
    const store = new FlakyStore(Number.POSITIVE_INFINITY)
    const m = manager({
      store,
      saveDebounceMs: 1,
      saveMaxWaitMs: 5,
      saveRetryBaseMs: 2,
      saveRetryMaxMs: 4,
      idleUnloadMs: 1,
    })
    const doc = await m.getDoc('r')
    doc.getText('t').insert(0, 'pending')
    await waitUntil(() => store.attempts >= 10, 5000, 'ten failed saves')
    expect(m.peek('r')?.doc).toBe(doc)
    expect(m.stats().perRoom[0]).toMatchObject({ room: 'r', dirty: true })
    expect(m.stats().perRoom[0]?.saveFailures).toBeGreaterThan(0)
    await expect(m.flushAll()).rejects.toThrow(/Saving rooms failed: r/)
  })

  it('saves when the last peer leaves, without waiting for the debounce', async () => {
    const store = new MemoryRoomStore()
    const s = await startCollabServer({ store, manager: { saveDebounceMs: 60_000, saveMaxWaitMs: 120_000 } })
    cleanups.push(() => s.close())
    const p = await connectSynced(s.url, 'r')
    p.doc.getText('t').insert(0, 'bye')
    const serverDoc = await s.rooms.getDoc('r')
    await waitForDoc(serverDoc, () => serverDoc.getText('t').toString() === 'bye')
    expect(store.storeCounts.get('r')).toBeUndefined()
    p.destroy()
    await waitUntil(() => store.storeCounts.get('r') === 1, 5000, 'save on last leave')
    expect(textOf(store.states.get('r'))).toBe('bye')
  })

  it('close() saves every dirty room', async () => {
    const store = new MemoryRoomStore()
    const m = createRoomManager({ store, log: silentLogger, saveDebounceMs: 60_000, saveMaxWaitMs: 120_000 })
    for (const name of ['a', 'b', 'c']) (await m.getDoc(name)).getText('t').insert(0, name)
    await m.close()
    expect(['a', 'b', 'c'].map((n) => textOf(store.states.get(n)))).toEqual(['a', 'b', 'c'])
    await expect(m.getDoc('a')).rejects.toMatchObject({ status: 503 })
  })

  it('close() retries a failing final save before giving up', async () => {
    const store = new FlakyStore(2)
    const m = createRoomManager({ store, log: silentLogger, saveDebounceMs: 60_000, saveRetryBaseMs: 1 })
    ;(await m.getDoc('r')).getText('t').insert(0, 'last words')
    await m.close()
    expect(store.attempts).toBe(3)
    expect(textOf(store.states.get('r'))).toBe('last words')
    const hopeless = new FlakyStore(Number.POSITIVE_INFINITY)
    const h = createRoomManager({
      store: hopeless,
      log: silentLogger,
      saveDebounceMs: 60_000,
      saveRetryBaseMs: 1,
    })
    ;(await h.getDoc('r')).getText('t').insert(0, 'x')
    await expect(h.close()).rejects.toThrow(/Saving rooms failed/)
  })

  it('serves the previous generation for a damaged file; refuses when both are damaged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shaffof-corrupt-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const files = new FileRoomStore(dir, silentLogger)
    for (const t of ['generation one', 'generation two']) {
      const d = new Y.Doc()
      d.getText('t').insert(0, t)
      await files.store('r', Y.encodeStateAsUpdate(d))
    }
    await writeFile(join(dir, 'r.ybin'), 'torn write')
    const s = await startCollabServer({ store: files })
    cleanups.push(() => s.close())
    const p = await connectSynced(s.url, 'r')
    cleanups.push(() => p.destroy())
    expect(p.doc.getText('t').toString()).toBe('generation one')

    await writeFile(join(dir, 'q.ybin'), 'torn')
    await writeFile(join(dir, 'q.ybin.prev'), 'also torn')
    await expect(s.rooms.getDoc('q')).rejects.toMatchObject({ status: 503, code: 'room_unavailable' })
    const { closed } = openRaw(`${s.url}/q`)
    expect((await closed).code).toBe(1011)
    expect(s.rooms.peek('q')).toBeUndefined()
    await s.rooms.flushAll()
    expect((await readFile(join(dir, 'q.ybin'))).toString()).toBe('torn')
    expect((await readFile(join(dir, 'q.ybin.prev'))).toString()).toBe('also torn')
  })
})
