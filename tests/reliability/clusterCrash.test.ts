/**
 * Scale-out, crash: two instances on one PostgreSQL and Redis behind one port (a TCP proxy), 30 clients
 * in an edit storm split across both. Ten rounds: `kill -9` one instance at a random moment (its
 * clients reconnect through the proxy to the other), restart it. Every edit must reach every client,
 * and a fresh instance on an empty DATA_DIR must have all of them from PostgreSQL.
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { RunningApp } from '../e2e/harness.js'
import { clusterAvailable, seedStormRoom, useCluster } from '../helpers/cluster.js'
import { MISSING_SERVERS_MESSAGE } from '../helpers/realServers.js'
import * as storm from '../helpers/storm.js'
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js'

if (!clusterAvailable) console.warn(`skipping the cluster crash test: ${MISSING_SERVERS_MESSAGE}`)
const TRIALS = Number(process.env.CRASH_TRIALS ?? 10)
const CLIENTS = 30

describe.skipIf(!clusterAvailable)('kill -9 of one instance under an edit storm across two', () => {
  const cluster = useCluster('cluster_crash')
  let proxy: TcpProxy | undefined
  afterAll(async () => {
    await proxy?.close()
  })

  it(`loses no edit across ${TRIALS} kills`, async () => {
    const instances: RunningApp[] = [await cluster.start(), await cluster.start()]
    proxy = await startTcpProxy(() => instances.map((i) => i.port))
    // The proxy alternates connections, so the clients are split across both instances.
    const { seeded, room, clients } = await seedStormRoom(cluster, proxy.port, CLIENTS)
    const report: string[] = []
    try {
      for (let trial = 1; trial <= TRIALS; trial++) {
        const stop = storm.startStorm(clients)
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 1500))
        const victim = trial % 2
        const dead = instances[victim] as RunningApp
        await dead.kill()
        instances.splice(victim, 1)
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 500))
        stop()
        await Promise.all(clients.map((c) => storm.waitSynced(c.provider)))
        const missing = await storm.waitConverged(clients)
        report.push(
          `trial ${trial}: ${storm.allWritten(clients).size} edits so far, ${missing} missing after reconnect`,
        )
        expect(missing).toBe(0)
        instances.splice(victim, 0, await cluster.start())
      }
      // Everything is in PostgreSQL: stop both, a fresh instance on an empty DATA_DIR has every edit.
      storm.destroyClients(clients)
      await new Promise((r) => setTimeout(r, 200))
      for (const i of instances.splice(0)) await i.stop()
      const fresh = await cluster.start()
      const [reader] = await storm.connectClients(
        `ws://127.0.0.1:${fresh.port}/collab`,
        room,
        seeded.adminToken,
        1,
      )
      cluster.clients.push(reader as never)
      const expected = storm.allWritten(clients)
      const lost = storm.missingIn((reader as { doc: import('yjs').Doc }).doc, expected).length
      report.push(`fresh instance on an empty DATA_DIR: ${expected.size} edits, ${lost} missing`)
      expect(lost).toBe(0)
    } finally {
      mkdirSync(join(import.meta.dirname, '..', '..', '.tmp'), { recursive: true })
      appendFileSync(
        join(import.meta.dirname, '..', '..', '.tmp', 'reliability.log'),
        `cluster crash: ${report.join('\n')}\n`,
      )
      console.log(report.join('\n'))
    }
  })
})
