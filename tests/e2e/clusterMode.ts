/**
 * `SHAFFOF_E2E_CLUSTER=1`: the acceptance scenarios against a cluster instead of one embedded server.
 * Each `startApp` becomes two production instances on one PostgreSQL and one Redis (started once for
 * the run by globalSetup) behind a TCP proxy on the app's port; a restart with the same `dataDir` reuses its
 * database, so "restart on the same data" means the same PostgreSQL data, with an empty DATA_DIR.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { spawnServer } from '../../scripts/lib/serverProcess.js'
import { startPostgres, startRedis } from '../helpers/realServers.js'
import { startTcpProxy } from '../helpers/tcpProxy.js'
import type { RunningApp } from './harness.js'

/** Whether startApp should start a cluster. */
export const clusterMode = process.env.SHAFFOF_E2E_CLUSTER === '1'

const databases = new Map<string, string>()

/** Start the shared PostgreSQL and Redis (globalSetup) and hand their URLs to the test processes. */
export async function startSharedServers(): Promise<() => Promise<void>> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()])
  process.env.SHAFFOF_E2E_PG_URL = pg.url
  process.env.SHAFFOF_E2E_REDIS_URL = redis.url
  return async () => {
    await redis.stop()
    await pg.stop()
  }
}

/** A fresh database on the shared cluster; names are unique across test processes. */
async function createDatabase(): Promise<string> {
  const base = process.env.SHAFFOF_E2E_PG_URL
  if (!base) throw new Error('SHAFFOF_E2E_CLUSTER needs the shared servers of tests/e2e/globalSetup.ts')
  const name = `e2e_${process.pid}_${databases.size + 1}`
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  return base.replace(/\/[^/]*$/, `/${name}`)
}

/** Two instances behind a proxy on `port`, sharing the database of `dataDir`. */
export async function startClusterApp(
  root: string,
  opts: { dataDir?: string; port?: number; env?: Record<string, string> },
): Promise<RunningApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'shaffof-e2e-'))
  let db = databases.get(dataDir)
  if (!db) {
    db = await createDatabase()
    databases.set(dataDir, db)
  }
  const env = { ...opts.env, DATABASE_URL: db, REDIS_URL: process.env.SHAFFOF_E2E_REDIS_URL ?? '' }
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
