/**
 * `SHAFFOF_E2E_CLUSTER=1`: the acceptance scenarios against a cluster instead of one embedded server.
 * Each `startApp` becomes two production instances on one PostgreSQL and one Redis (started once per
 * test process) behind a TCP proxy on the app's port; a restart with the same `dataDir` reuses its
 * database, so "restart on the same data" means the same PostgreSQL data, with an empty DATA_DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnServer } from '../../scripts/lib/serverProcess.js'
import { startPostgres, startRedis, type TestPostgres, type TestRedis } from '../helpers/realServers.js'
import { startTcpProxy } from '../helpers/tcpProxy.js'
import type { RunningApp } from './harness.js'

/** Whether startApp should start a cluster. */
export const clusterMode = process.env.SHAFFOF_E2E_CLUSTER === '1'

let servers: Promise<{ pg: TestPostgres; redis: TestRedis }> | null = null
const databases = new Map<string, string>()

function sharedServers() {
  servers ??= Promise.all([startPostgres(), startRedis()]).then(([pg, redis]) => {
    // Their bodies are synchronous up to the kill, so this works in an exit handler.
    process.once('exit', () => {
      void pg.stop()
      void redis.stop()
    })
    return { pg, redis }
  })
  return servers
}

/** Two instances behind a proxy on `port`, sharing the database of `dataDir`. */
export async function startClusterApp(
  root: string,
  opts: { dataDir?: string; port?: number; env?: Record<string, string> },
): Promise<RunningApp> {
  const { pg, redis } = await sharedServers()
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'shaffof-e2e-'))
  let db = databases.get(dataDir)
  if (!db) {
    db = await pg.createDatabase(`e2e_${databases.size + 1}`)
    databases.set(dataDir, db)
  }
  const env = { ...opts.env, DATABASE_URL: db, REDIS_URL: redis.url }
  const instances = await Promise.all(
    [0, 1].map(() =>
      spawnServer({ root, dataDir: mkdtempSync(join(tmpdir(), 'shaffof-node-')), env, timeoutMs: 60_000 }),
    ),
  )
  const proxy = await startTcpProxy(() => instances.map((i) => i.port), opts.port ?? 0)
  const [first] = instances
  return {
    url: proxy.url,
    port: proxy.port,
    dataDir,
    proc: (first as (typeof instances)[number]).proc,
    logs: () => instances.map((i) => i.logs()).join('\n'),
    async stop({ keepData = false } = {}) {
      await Promise.all(instances.map((i) => i.stop()))
      await proxy.close()
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
    async kill() {
      await Promise.all(instances.map((i) => i.kill()))
      await proxy.close()
    },
  }
}
