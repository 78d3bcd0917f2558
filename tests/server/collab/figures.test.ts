/** Measured figures: a realistic room's file size, save/load time, and a 12-editor convergence. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FileRoomStore } from '../../../server/storage/roomFiles.js'
import {
  addComment,
  castVote,
  createFinding,
  findingsMap,
  readFindings,
} from '../../../shared/collab/roomDoc.js'
import { connectSynced, type TestPeer, waitForDoc } from '../../helpers/wsClient.js'
import { startCollabServer } from '../../helpers/wsServer.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})

const RATIONALE =
  'Normada vakolatli organning qaror qabul qilish muddati va asoslari koʻrsatilmagan, bu esa ' +
  'mansabdor shaxsga oʻz xohishiga koʻra harakat qilish imkonini beradi. Норма не устанавливает сроки. '

function finding(i: number, author = { id: 'u1', name: 'Ali' }) {
  return {
    id: `f${author.id}-${i}`,
    groupId: 'g1',
    unitId: `u${i % 40}`,
    unitLabel: `${i % 40}-modda`,
    start: 0,
    end: 30,
    quote: 'vakolatli organ oʻz xohishiga koʻra',
    factorIds: ['broad-discretion', 'no-deadline'],
    risk: 'high' as const,
    status: 'open' as const,
    rationale: RATIONALE.repeat(2),
    proposal: 'Qaror qabul qilishning aniq muddati va asoslarini belgilash.',
    author,
    createdAt: new Date(Date.UTC(2026, 10, 27, 9, 0, i)).toISOString(),
  }
}

describe('collab figures', () => {
  it('a seminar-sized room: 80 findings, 150 comments, 100 votes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shaffof-figures-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const doc = new Y.Doc()
    for (let i = 0; i < 80; i++) createFinding(doc, finding(i))
    for (let i = 0; i < 150; i++) {
      addComment(doc, {
        id: `c${i}`,
        findingId: `fu1-${i % 80}`,
        parentId: null,
        author: { id: `u${i % 6}`, name: 'Member' },
        text: 'Qoʻshilaman, lekin muddatni aniqlashtirish kerak.',
        createdAt: new Date(Date.UTC(2026, 10, 27, 10, 0, i)).toISOString(),
      })
    }
    for (let i = 0; i < 100; i++)
      castVote(doc, `fu1-${i % 80}`, { id: `u${i % 6}`, name: 'M' }, 'agree', 'now')
    const store = new FileRoomStore(dir)
    const t0 = performance.now()
    const state = Y.encodeStateAsUpdate(doc)
    await store.store('rv.fig.g.g1', state)
    const saveMs = performance.now() - t0
    const t1 = performance.now()
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, (await store.fetch('rv.fig.g.g1')) as Uint8Array)
    const loadMs = performance.now() - t1
    expect(readFindings(loaded)).toHaveLength(80)
    const size = (await store.size('rv.fig.g.g1')) ?? 0
    console.log(
      `room file: ${size} bytes (${(size / 1024).toFixed(1)} KiB); encode+save ${saveMs.toFixed(1)} ms; fetch+load ${loadMs.toFixed(1)} ms`,
    )
    expect(size).toBeLessThan(1024 * 1024)
  })

  it('12 editors each add 5 findings at once and converge', async () => {
    const s = await startCollabServer()
    cleanups.push(() => s.close())
    const peers: TestPeer[] = []
    for (let i = 0; i < 12; i++) peers.push(await connectSynced(s.url, 'rv.fig.g.g2'))
    cleanups.push(() => {
      for (const p of peers) p.destroy()
    })
    const t0 = performance.now()
    peers.forEach((p, n) => {
      for (let i = 0; i < 5; i++) createFinding(p.doc, finding(i, { id: `p${n}`, name: `Peer ${n}` }))
    })
    // A cheap check per update (readFindings on every update would dominate the figure).
    await Promise.all(peers.map((p) => waitForDoc(p.doc, () => findingsMap(p.doc).size === 60, 10_000)))
    const ms = performance.now() - t0
    const ids = peers.map((p) => JSON.stringify(readFindings(p.doc).map((f) => f.id)))
    expect(new Set(ids).size).toBe(1)
    console.log(`12 editors × 5 findings converged in ${ms.toFixed(1)} ms`)
  })
})
