/**
 * Issue 11, the big WebSocket fuzz (reliability run): FUZZ_FRAMES (default 50 000) random and mutated
 * frames from FUZZERS parallel attackers on two rooms, plus awareness floods, while real clients in
 * both rooms and in a third room keep editing. The server stays up, no real client is ever
 * disconnected, every real edit reaches every real client, and a clean restart keeps them all.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningApp, seedReview, startApp } from '../e2e/harness.js'
import {
  allWritten,
  connectClients,
  destroyClients,
  missingIn,
  type StormClient,
  startStorm,
  waitConverged,
} from '../helpers/storm.js'
import { awarenessFrame } from '../helpers/wsFrames.js'
import { prng, processMemoryMb, recordFigures } from '../security/kit.js'
import { BAD_INPUT_CLOSES, floodUntilClosed, fuzzRoom } from '../security/wsFuzz.js'

const FRAMES = Number(process.env.FUZZ_FRAMES ?? 50_000)
const FUZZERS = 4

let app: RunningApp | undefined
afterAll(async () => {
  await app?.stop()
})

describe('long WebSocket fuzz (real server)', () => {
  it(`survives ${FRAMES} hostile frames while real clients keep editing`, async () => {
    app = await startApp()
    const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A', 'B', 'C'])
    const rooms = seeded.review.groups.map((g) => g.room)
    const wsBase = `ws://127.0.0.1:${app.port}/collab`
    const groups: StormClient[][] = []
    for (const room of rooms) groups.push(await connectClients(wsBase, room, seeded.adminToken, 3))
    const everyone = groups.flat()
    let disconnects = 0
    const closeReasons = new Map<string, number>()
    for (const c of everyone)
      c.provider.on('connection-close', (event: CloseEvent | null) => {
        disconnects++
        const why = `${event?.code ?? 'local'} ${event?.reason ?? ''}`.trim()
        closeReasons.set(why, (closeReasons.get(why) ?? 0) + 1)
      })
    const stop = startStorm(everyone, 200)
    const memBefore = processMemoryMb(app.proc.pid!)
    const started = Date.now()

    const perFuzzer = Math.ceil(FRAMES / FUZZERS)
    const fuzzers = Array.from({ length: FUZZERS }, (_, i) =>
      fuzzRoom(`${wsBase}/${rooms[i % 2]}?token=${seeded.adminToken}`, prng(1000 + i), perFuzzer),
    )
    const floods = Array.from({ length: 10 }, (_, i) =>
      floodUntilClosed(
        `${wsBase}/${rooms[i % 2]}?token=${seeded.adminToken}`,
        (function* () {
          for (let k = 0; k < 3000; k++)
            yield awarenessFrame(500_000 + i * 10_000 + k, 1, { user: { name: `ghost ${k}` } })
        })(),
      ),
    )
    const results = await Promise.all(fuzzers)
    const floodResults = await Promise.all(floods)
    stop()
    const fuzzMs = Date.now() - started

    expect((await fetch(`${app.url}/api/health`)).status).toBe(200)
    expect(results.flatMap((r) => r.unexpected)).toEqual([])
    for (const f of floodResults) expect(BAD_INPUT_CLOSES).toContain(f.code)
    const missing = await Promise.all(groups.map((g) => waitConverged(g)))
    const memAfter = processMemoryMb(app.proc.pid!)
    const fuzzDisconnects = disconnects
    const fuzzReasons = [...closeReasons].map(([w, n]) => `${w} ×${n}`).join(', ')

    // Durable: a clean restart keeps every real edit.
    await app.stop({ keepData: true })
    app = await startApp({ dataDir: app.dataDir, port: app.port })
    let lostOnDisk = 0
    for (const [i, room] of rooms.entries()) {
      const [fresh] = await connectClients(wsBase, room, seeded.adminToken, 1)
      lostOnDisk += missingIn(fresh!.doc, allWritten(groups[i]!)).length
      destroyClients([fresh!])
    }
    for (const g of groups) destroyClients(g)

    const sent = results.reduce((n, r) => n + r.frames, 0)
    recordFigures('ws fuzz (long)', [
      `${sent} fuzz frames over ${results.reduce((n, r) => n + r.sockets, 0)} sockets from ${FUZZERS} parallel fuzzers in ${(fuzzMs / 1000).toFixed(0)} s; ${results.reduce((n, r) => n + r.closedForBadInput, 0)} sockets closed for bad input`,
      `${floodResults.length} awareness floods (${floodResults.reduce((n, f) => n + f.sent, 0)} frames), each closed with ${[...new Set(floodResults.map((f) => f.code))].join('/')}`,
      `${everyone.length} real clients in 3 rooms wrote ${everyone.reduce((n, c) => n + c.written.length, 0)} edits meanwhile: disconnects ${fuzzDisconnects}${fuzzReasons ? ` (${fuzzReasons})` : ''}, missing after convergence ${missing.reduce((a, b) => a + b, 0)}, lost after restart ${lostOnDisk}`,
      `server RSS ${memBefore.rss.toFixed(0)} → ${memAfter.rss.toFixed(0)} MiB (peak ${memAfter.peak.toFixed(0)})`,
    ])
    expect(fuzzDisconnects).toBe(0)
    expect(missing).toEqual([0, 0, 0])
    expect(lostOnDisk).toBe(0)
  })
})
