/**
 * The PostgreSQL store, with the Redis room bus when `REDIS_URL` is set (`openDeployment` imports this
 * module only then). `wire` connects the room manager: metadata committed elsewhere (sign-outs,
 * phase, lock and move changes) re-checks the access of open sockets here, and our commits are
 * announced on the bus.
 */
import { RedisBus } from './cluster/redisBus.js'
import { redisRateLimiters } from './cluster/redisRateLimit.js'
import type { RoomManager } from './collab/index.js'
import type { Deployment } from './deployment.js'
import type { Env } from './env.js'
import type { Logger } from './log.js'
import { openPgMetaStore, type PgMetaStore } from './storage/pg/metaStore.js'
import { openPgPool } from './storage/pg/pool.js'
import { PgRoomStore } from './storage/pg/roomStore.js'

/** Collections whose change can alter who may be in a room. */
const ACCESS_COLLECTIONS = new Set(['users', 'reviews', 'rooms'])

/** How often an instance looks for metadata committed elsewhere when no bus message says so. */
export const META_POLL_MS = 1000

/** Open the PostgreSQL stores (and the Redis bus). */
export async function openClusterDeployment(
  env: Pick<Env, 'redisUrl'> & { databaseUrl: string },
  log: Logger,
): Promise<Deployment> {
  const pool = await openPgPool(env.databaseUrl, log)
  const meta = await openPgMetaStore(pool)
  const bus = env.redisUrl ? new RedisBus(env.redisUrl, log) : undefined
  if (bus) await bus.ready(3000).catch(() => log.warn('Redis not reachable at start; serving degraded'))
  let unwire: () => void = () => undefined
  return {
    meta,
    roomStore: new PgRoomStore(pool),
    bus,
    topology: { store: 'postgres', bus: () => bus?.status ?? 'local' },
    rateLimiters: bus ? redisRateLimiters(bus.commands) : undefined,
    wire: (rooms) => {
      unwire = wireCluster(meta, rooms, bus, log)
    },
    close: async () => {
      unwire()
      await bus?.close()
      await pool.end()
    },
  }
}

function wireCluster(
  meta: PgMetaStore,
  rooms: RoomManager,
  bus: RedisBus | undefined,
  log: Logger,
): () => void {
  meta.onRemoteChange((change) => {
    const affectsAccess =
      change.deletedIn.has('sessions') || [...change.colls].some((c) => ACCESS_COLLECTIONS.has(c))
    if (affectsAccess && !rooms.closing)
      rooms.refreshAccess().catch((err) => log.error('access re-check failed', { error: String(err) }))
  })
  if (bus) {
    meta.onCommit((rev) => bus.control({ type: 'meta', rev }))
    bus.onControl((msg) => {
      if (msg.type === 'meta' && msg.rev > meta.rev) void meta.refresh().catch(() => undefined)
    })
  }
  const poll = setInterval(() => {
    meta.refresh().catch((err) => log.warn('metadata catch-up failed', { error: String(err) }))
  }, META_POLL_MS)
  poll.unref?.()
  return () => clearInterval(poll)
}
