/**
 * Issue 2 figures: room file sizes for the fixture laws, and the time from a REST-created finding to its
 * arrival in a connected y-websocket client. Runs the real server (tests/e2e/harness.ts) on loopback.
 * For each fixture: one review with one group; one finding per article (its first words), each with a
 * short rationale and proposal, like a thorough group would leave. Usage: npx tsx bench/rooms.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { findingsMap } from '../shared/collab/roomDoc.js'
import { api, seedReview, startApp } from '../tests/e2e/harness.js'

type Unit = { id: string; kind: string; text: string; parentId: string | null }

const root = join(import.meta.dirname, '..')
const fixtures = readdirSync(join(root, 'fixtures')).filter(
  (f) => /\.(txt|md)$/.test(f) && !f.includes('news') && f !== 'SOURCES.md',
)
const app = await startApp()
const adminToken = (await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['warm-up']))
  .adminToken
const a = api(app.url, adminToken)
const rows: string[] = []
const latencies: number[] = []
for (const file of fixtures) {
  const text = readFileSync(join(root, 'fixtures', file), 'utf8')
  const draft = await a.post<{ id: string; versionId: string; units: Unit[] }>('/api/drafts', {
    title: file,
    text,
  })
  const review = await a.post<{ id: string; groups: { id: string; room: string }[] }>('/api/reviews', {
    title: file,
    draftId: draft.body.id,
    groups: ['A'],
  })
  const group = review.body.groups[0]!
  // A live client in the room measures REST → client latency.
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${app.port}/collab`, group.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: adminToken },
    disableBc: true,
  })
  await new Promise<void>((r) => provider.once('sync', () => r()))
  const arrived = new Map<string, number>()
  findingsMap(doc).observe((e) => {
    for (const k of e.keysChanged) if (!arrived.has(k)) arrived.set(k, performance.now())
  })
  const units = draft.body.units
  let findings = 0
  for (const article of units.filter((u) => u.kind === 'article')) {
    // The article's first paragraph, or its heading line when the body sits in deeper units.
    const body =
      units.find((u) => u.parentId === article.id && u.text.trim().length > 20) ??
      (article.text.trim().length > 10 ? article : undefined)
    if (!body) continue
    const t0 = performance.now()
    const res = await a.post<{ id: string }>(`/api/reviews/${review.body.id}/groups/${group.id}/findings`, {
      unitId: body.id,
      start: 0,
      end: Math.min(40, body.text.length),
      factorIds: [],
      rationale: 'The norm leaves the decision to the official without criteria or a time limit.',
      proposal: 'Set the criteria and a time limit of ten working days.',
    })
    if (res.status !== 201) throw new Error(`finding: ${res.status} ${JSON.stringify(res.body)}`)
    findings++
    while (!arrived.has(res.body.id)) await new Promise((r) => setTimeout(r, 1))
    latencies.push(arrived.get(res.body.id)! - t0)
  }
  provider.destroy()
  rows.push(`${file}\t${units.length} units\t${findings} findings\t${group.room}`)
}
await app.stop({ keepData: true })
const sizes = new Map(
  readdirSync(join(app.dataDir, 'rooms')).map((f) => [f, statSync(join(app.dataDir, 'rooms', f)).size]),
)
console.log('fixture\tunits\tfindings\troom file bytes')
for (const row of rows) {
  const room = row.split('\t').at(-1)!
  console.log(`${row.split('\t').slice(0, 3).join('\t')}\t${sizes.get(`${room}.ybin`) ?? 'missing'}`)
}
latencies.sort((x, y) => x - y)
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1)
console.log(
  `REST POST → finding in connected client (includes the HTTP round trip), n=${latencies.length}: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms`,
)
process.exit(0)
