/**
 * Scale-out, Redis outage: two instances, 30 clients split across them in an edit storm, Redis stopped
 * for 60 s (REDIS_OUTAGE_S) meanwhile. Both keep serving their own clients; when Redis returns every
 * client must hold every edit within a few seconds, and nothing may be lost.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { clusterAvailable, seedStormRoom, until, useCluster } from '../helpers/cluster.js'
import { MISSING_SERVERS_MESSAGE } from '../helpers/realServers.js'
import * as storm from '../helpers/storm.js'
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js'

if (!clusterAvailable) console.warn(`skipping the Redis outage test: ${MISSING_SERVERS_MESSAGE}`)
const OUTAGE_S = Number(process.env.REDIS_OUTAGE_S ?? 60)

describe.skipIf(!clusterAvailable)('Redis stopped during an edit storm across two instances', () => {
  const cluster = useCluster('redis_outage')
  let proxy: TcpProxy | undefined
  afterAll(async () => {
    await proxy?.close()
  })

  it(`loses nothing over a ${OUTAGE_S} s outage and converges after it`, async () => {
    const a = await cluster.start()
    const b = await cluster.start()
    proxy = await startTcpProxy(() => [a.port, b.port])
    const { clients } = await seedStormRoom(cluster, proxy.port, 30)
    const stop = storm.startStorm(clients, 200)
    await new Promise((r) => setTimeout(r, 1000))
    await cluster.redis.pause()
    await new Promise((r) => setTimeout(r, OUTAGE_S * 1000))
    await cluster.redis.resume()
    stop()
    const health = async () => ((await (await fetch(`${a.url}/api/health`)).json()) as { bus: string }).bus
    await until(async () => (await health()) === 'redis', 15_000)
    const expected = storm.allWritten(clients)
    // The check runs every 5 ms in the process that also hosts all 30 clients: it skips clients that
    // already converged and stops at a client's first missing edit, so polling costs next to nothing.
    const pending = new Set(clients)
    const ms = await until(() => {
      for (const c of pending) {
        if (!storm.holdsAll(c.doc, expected)) return false
        pending.delete(c)
      }
      return true
    }, 30_000)
    expect(clients.every((c) => storm.missingIn(c.doc, expected).length === 0)).toBe(true)
    console.log(
      `Redis outage ${OUTAGE_S} s: ${expected.size} edits, all clients converged ${ms.toFixed(0)} ms after health said redis`,
    )
    expect(ms).toBeLessThan(10_000)
  })
})
