/**
 * Issue 11, crash: under a 30-client edit storm, kill -9 the server at a random moment, restart it on the
 * same port and data, let the clients reconnect. Every edit any client made must be present everywhere,
 * and in a fresh client after one more clean restart (i.e. on disk). Repeated 10 times.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningApp, seedReview, startApp } from '../e2e/harness.js'
import {
  allWritten,
  connectClients,
  destroyClients,
  missingIn,
  startStorm,
  waitConverged,
  waitSynced,
} from '../helpers/storm.js'

const TRIALS = Number(process.env.CRASH_TRIALS ?? 10)
const CLIENTS = 30

describe('kill -9 under an edit storm', () => {
  let app: RunningApp | undefined
  afterAll(async () => {
    await app?.stop()
  })

  it(`loses no edit across ${TRIALS} crashes`, async () => {
    app = await startApp()
    const { dataDir, port } = app
    const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
    const room = seeded.review.groups[0]!.room
    const wsBase = `ws://127.0.0.1:${port}/collab`
    const clients = await connectClients(wsBase, room, seeded.adminToken, CLIENTS)
    const report: string[] = []
    try {
      for (let trial = 1; trial <= TRIALS; trial++) {
        const stop = startStorm(clients)
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500))
        await app.kill()
        // Clients keep editing while the server is down.
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 300))
        app = await startApp({ dataDir, port })
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 500))
        stop()
        await Promise.all(clients.map((c) => waitSynced(c.provider)))
        const missing = await waitConverged(clients)
        const edits = allWritten(clients).size
        report.push(`trial ${trial}: ${edits} edits so far, ${missing} missing after reconnect`)
        expect(missing).toBe(0)
      }
      // Durable: a clean restart, then a brand-new client must see every edit from disk.
      await app.stop({ keepData: true })
      app = await startApp({ dataDir, port })
      const [fresh] = await connectClients(wsBase, room, seeded.adminToken, 1)
      const expected = allWritten(clients)
      const lostOnDisk = missingIn(fresh!.doc, expected).length
      report.push(`after clean restart: ${expected.size} edits, ${lostOnDisk} missing in a fresh client`)
      destroyClients([fresh!])
      expect(lostOnDisk).toBe(0)
    } finally {
      destroyClients(clients)
      mkdirSync(join(import.meta.dirname, '..', '..', '.tmp'), { recursive: true })
      appendFileSync(
        join(import.meta.dirname, '..', '..', '.tmp', 'reliability.log'),
        `crash: ${report.join('\n')}\n`,
      )
      console.log(report.join('\n'))
    }
  })
})
