import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { memoryMetaStore, openMetaStore } from '../../../server/storage/metaStore.js'
import { createSession, insertUser, resolveSession } from '../../../server/storage/users.js'
import type { Unit } from '../../../shared/domain/draft.js'

const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'shaffof-meta-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const user = (id: string) => ({
  id,
  name: id,
  role: 'admin' as const,
  createdAt: '2026-01-01T00:00:00Z',
  preferences: {},
})
const units = (n: number): Unit[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `u${i}`,
    kind: 'part' as const,
    number: String(i),
    label: `${i}-qism`,
    parentId: null,
    text: 'x'.repeat(100),
  }))

describe('file meta store', () => {
  it('persists users and sessions across reopen, storing only token hashes', async () => {
    const dir = tempDir()
    const a = await openMetaStore(dir)
    await insertUser(a, user('u1'))
    const now = new Date('2026-11-27T10:00:00Z')
    const token = await createSession(a, 'u1', now, 60_000)
    const raw = readFileSync(join(dir, 'meta.json'), 'utf8')
    expect(raw).not.toContain(token)
    const b = await openMetaStore(dir)
    expect(resolveSession(b, token, now)?.id).toBe('u1')
    expect(resolveSession(b, token, new Date(now.getTime() + 60_001))).toBeNull()
    expect(resolveSession(b, `${token}x`, now)).toBeNull()
  })

  it('keeps version units out of meta.json, one file per version, written atomically', async () => {
    const dir = tempDir()
    const store = await openMetaStore(dir)
    await store.units.write('v1', units(2000))
    await store.update((d) =>
      d.drafts.push({
        id: 'd1',
        title: 't',
        language: 'uz-Latn',
        createdAt: '',
        createdBy: 'u1',
        versions: [],
      }),
    )
    expect(readFileSync(join(dir, 'meta.json'), 'utf8').length).toBeLessThan(2000)
    expect(readdirSync(join(dir, 'versions'))).toEqual(['v1.json'])
    const reopened = await openMetaStore(dir)
    expect((await reopened.units.read('v1'))?.length).toBe(2000)
    expect(await reopened.units.read('missing')).toBeNull()
    await expect(reopened.units.read('../meta')).rejects.toThrow(/unsafe/)
  })

  it('answers 503 when the file cannot be written, keeping the change in memory', async () => {
    const dir = tempDir()
    const store = await openMetaStore(join(dir, 'sub'))
    rmSync(join(dir, 'sub'), { recursive: true, force: true })
    await expect(store.update((d) => d.users.push(user('u2')))).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'storage_unavailable',
    })
    expect(store.data.users.map((u) => u.id)).toEqual(['u2'])
  })
})

describe('memory meta store', () => {
  it('behaves like the file store without touching disk', async () => {
    const store = await memoryMetaStore()
    await insertUser(store, user('u1'))
    await store.units.write('v1', units(3))
    expect(store.data.users).toHaveLength(1)
    expect(await store.units.read('v1')).toHaveLength(3)
  })
})
