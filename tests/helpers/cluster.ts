/**
 * A cluster for a test file: one real PostgreSQL and one real Redis (started in beforeAll), and
 * production instances on them started with `start()`; everything is stopped in afterAll.
 */
import { afterAll, beforeAll } from 'vitest'
import { type RunningApp, seedReview, startApp } from '../e2e/harness.js'
import {
  pgAvailable,
  redisAvailable,
  startPostgres,
  startRedis,
  type TestPostgres,
  type TestRedis,
} from './realServers.js'
import { connectClients, destroyClients, type StormClient } from './storm.js'

/** Whether this machine can run cluster tests. */
export const clusterAvailable = pgAvailable && redisAvailable

/** The servers of a cluster test; fields are set once beforeAll ran. */
export type TestCluster = {
  pg: TestPostgres
  redis: TestRedis
  env: Record<string, string>
  /** Clients destroyed at the end (push yours). */
  clients: StormClient[]
  /** Start one more instance on the shared database and Redis. */
  start(extra?: Record<string, string>): Promise<RunningApp>
}

/** Register hooks that start and stop the cluster's servers around the file's tests. */
export function useCluster(database: string): TestCluster {
  const apps: RunningApp[] = []
  const cluster = {
    env: {},
    clients: [],
    async start(extra: Record<string, string> = {}) {
      const app = await startApp({ env: { ...cluster.env, ...extra } })
      apps.push(app)
      return app
    },
  } as unknown as TestCluster
  beforeAll(async () => {
    ;[cluster.pg, cluster.redis] = await Promise.all([startPostgres(), startRedis()])
    cluster.env = { DATABASE_URL: await cluster.pg.createDatabase(database), REDIS_URL: cluster.redis.url }
  })
  afterAll(async () => {
    destroyClients(cluster.clients)
    await Promise.all(apps.map((a) => a.stop().catch(() => undefined)))
    await cluster.redis?.stop()
    await cluster.pg?.stop()
  })
  return cluster
}

/** Resolve with the ms it took until `check` holds; throw after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const t0 = performance.now()
  while (!(await check())) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 5))
  }
  return performance.now() - t0
}

/** Seed a review through the app at `port` and connect `count` storm clients to its first group's room. */
export async function seedStormRoom(cluster: TestCluster, port: number, count: number) {
  const seeded = await seedReview(`http://127.0.0.1:${port}`, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', [
    'A',
  ])
  const room = seeded.review.groups[0]?.room as string
  const clients = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, count)
  cluster.clients.push(...clients)
  return { seeded, room, clients }
}
