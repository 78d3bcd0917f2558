/**
 * Issue 11, a truncated or corrupt room file, end to end against the real server process: between two
 * runs the room's `<DATA_DIR>/rooms/<room>.ybin` is truncated or has bits flipped. On restart a client
 * gets exactly the previous good generation (`.ybin.prev`), the log says so, and later saves repair
 * the file. With both generations damaged the room refuses to open — never an empty room over real
 * data — and the rest of the server keeps working.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { decodeRoomFile } from '../../server/storage/roomFiles.js'
import { type RunningApp, removeDir, type SeededReview, seedReview, startApp } from '../e2e/harness.js'
import { connectClients, destroyClients, type StormClient, waitConverged } from '../helpers/storm.js'
import { openRaw } from '../helpers/wsClient.js'
import { recordFigures } from '../security/kit.js'

let app: RunningApp | undefined
const figures: string[] = []

afterAll(async () => {
  recordFigures('corrupt room file (real server)', figures)
  await app?.stop()
})

/** Keys of the `storm` map in a room file's payload (throws if the file is damaged). */
function keysInFile(path: string): Set<string> {
  const decoded = decodeRoomFile(readFileSync(path))
  if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`)
  const doc = new Y.Doc()
  Y.applyUpdate(doc, decoded.payload)
  return new Set(doc.getMap('storm').keys())
}

/** `count` clients each write `edits` keys tagged with `run`, then wait until all hold them. */
async function writeRun(
  url: string,
  room: string,
  token: string,
  run: string,
  edits: number,
): Promise<StormClient[]> {
  const clients = await connectClients(`ws://127.0.0.1:${new URL(url).port}/collab`, room, token, 3)
  for (let i = 0; i < edits; i++) {
    const c = clients[i % clients.length]!
    const key = `${run}:${c.index}:${i}`
    c.doc.getMap('storm').set(key, i)
    c.written.push(key)
  }
  expect(await waitConverged(clients)).toBe(0)
  return clients
}

/** What a brand-new client sees in the room right after connecting. */
async function freshView(room: string, token: string): Promise<Set<string>> {
  const [fresh] = await connectClients(`ws://127.0.0.1:${app!.port}/collab`, room, token, 1)
  const keys = new Set(fresh!.doc.getMap('storm').keys())
  destroyClients([fresh!])
  return keys
}

describe('a damaged room file (real server, between runs)', () => {
  it.each([
    ['truncated', (p: string) => truncateSync(p, Math.floor(readFileSync(p).length / 2))],
    [
      'bit-flipped',
      (p: string) => {
        const bytes = readFileSync(p)
        bytes[bytes.length - 7]! ^= 0x5a
        writeFileSync(p, bytes)
      },
    ],
  ])('serves the previous good generation when the current file is %s, and says so', async (kind, damage) => {
    app = await startApp()
    const seeded: SeededReview = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', [
      'A',
    ])
    const room = seeded.review.groups[0]!.room
    const file = join(app.dataDir, 'rooms', `${room}.ybin`)
    // Two clean runs, so there is a current file and a previous generation.
    destroyClients(await writeRun(app.url, room, seeded.adminToken, 'run1', 60))
    await app.stop({ keepData: true })
    app = await startApp({ dataDir: app.dataDir, port: app.port })
    destroyClients(await writeRun(app.url, room, seeded.adminToken, 'run2', 60))
    await app.stop({ keepData: true })

    const good = keysInFile(`${file}.prev`)
    const current = keysInFile(file)
    expect(good.size).toBeGreaterThanOrEqual(60)
    damage(file)
    expect(decodeRoomFile(readFileSync(file)).ok).toBe(false)

    app = await startApp({ dataDir: app.dataDir, port: app.port })
    const seen = await freshView(room, seeded.adminToken)
    expect([...seen].sort()).toEqual([...good].sort())
    expect(app.logs()).toMatch(/room file unusable, serving previous generation/)

    // New work lands on top of the good copy and repairs the file on the next save.
    destroyClients(await writeRun(app.url, room, seeded.adminToken, 'run3', 30))
    await app.stop({ keepData: true })
    const repaired = keysInFile(file)
    expect([...good].every((k) => repaired.has(k))).toBe(true)
    expect([...repaired].filter((k) => k.startsWith('run3')).length).toBe(30)
    figures.push(
      `${kind}: current file held ${current.size} edits, previous generation ${good.size}; a fresh client got ${seen.size} (= previous), log said so; next save repaired the file (${repaired.size} edits)`,
    )
    removeDir(app.dataDir)
    app = undefined
  })

  it('refuses to open a room whose both generations are damaged; the server and other rooms carry on', async () => {
    app = await startApp()
    const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A', 'B'])
    const [roomA, roomB] = seeded.review.groups.map((g) => g.room) as [string, string]
    destroyClients(await writeRun(app.url, roomA, seeded.adminToken, 'run1', 20))
    await app.stop({ keepData: true })
    app = await startApp({ dataDir: app.dataDir, port: app.port })
    destroyClients(await writeRun(app.url, roomA, seeded.adminToken, 'run2', 20))
    await app.stop({ keepData: true })
    const file = join(app.dataDir, 'rooms', `${roomA}.ybin`)
    for (const p of [file, `${file}.prev`]) truncateSync(p, 10)

    app = await startApp({ dataDir: app.dataDir, port: app.port })
    const { ws, closed } = openRaw(`ws://127.0.0.1:${app.port}/collab/${roomA}?token=${seeded.adminToken}`)
    let frames = 0
    ws.on('message', () => frames++)
    const code = (await closed).code
    expect(code).toBeGreaterThanOrEqual(1011)
    expect(frames).toBe(0) // not even a sync step: no empty room was served
    expect(app.logs()).toMatch(/room refuses to open: no good copy on disk/)
    // The REST side refuses too, with the contract body rather than an empty list.
    const findings = await fetch(
      `${app.url}/api/reviews/${seeded.review.id}/groups/${seeded.review.groups[0]!.id}/findings`,
      {
        headers: { Authorization: `Bearer ${seeded.adminToken}` },
      },
    )
    expect(findings.status).toBe(503)
    expect((await findings.json()).error.code).toBe('room_unavailable')
    // The damaged files are left for an operator, not overwritten.
    expect(readFileSync(file).length).toBe(10)
    // Another room works.
    const other = await writeRun(app.url, roomB, seeded.adminToken, 'b', 10)
    destroyClients(other)
    figures.push(
      `both generations damaged: WebSocket closed ${code} with 0 frames sent, REST 503 room_unavailable, files left as they were, other room fine`,
    )
  })
})
