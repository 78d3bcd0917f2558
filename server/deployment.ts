/**
 * Which stores and bus this process uses, chosen from the environment: files under DATA_DIR (the
 * zero-setup default), PostgreSQL with `DATABASE_URL`, plus the Redis room bus with `REDIS_URL`.
 * `wire` connects the room manager: metadata committed elsewhere (sign-outs, phase, lock and move
 * changes) re-checks the access of open sockets here, and our commits are announced on the bus.
 */
import { join } from 'node:path'
import { RedisBus } from './cluster/redisBus.js'
import { redisRateLimiters } from './cluster/redisRateLimit.js'
import type { RoomManager } from './collab/index.js'
import type { RoomBus } from './collab/room.js'
import type { Env } from './env.js'
import type { RateLimiterFactory } from './http/rateLimit.js'
import type { Logger } from './log.js'
import { type MetaStore, openMetaStore } from './storage/metaStore.js'
import { openPgMetaStore, type PgMetaStore } from './storage/pg/metaStore.js'
import { openPgPool } from './storage/pg/pool.js'
import { PgRoomStore } from './storage/pg/roomStore.js'
import { FileRoomStore, type RoomStore } from './storage/roomFiles.js'

/** What `GET /api/health` reports about the set-up. */
export type Topology = { store: 'files' | 'postgres'; bus(): 'local' | 'redis' | 'degraded' }

/** The stores and bus of one process. */
export type Deployment = {
  meta: MetaStore
  roomStore: RoomStore
  bus?: RoomBus
  topology: Topology
  /** Failed-attempt counters shared by instances (with Redis). */
  rateLimiters?: RateLimiterFactory
  /** Connect the room manager to metadata changes of other instances. */
  wire(rooms: RoomManager): void
  /** Stop timers and close connections (after the rooms and metadata are saved). */
  close(): Promise<void>
}

/** Collections whose change can alter who may be in a room. */
const ACCESS_COLLECTIONS = new Set(['users', 'reviews', 'rooms'])

/** How often an instance looks for metadata committed elsewhere when no bus message says so. */
export const META_POLL_MS = 1000

/** Open the stores (and bus) the environment asks for. */
export async function openDeployment(
  env: Pick<Env, 'dataDir' | 'databaseUrl' | 'redisUrl'>,
  log: Logger,
): Promise<Deployment> {
  if (!env.databaseUrl) {
    return {
      meta: await openMetaStore(env.dataDir),
      roomStore: new FileRoomStore(join(env.dataDir, 'rooms'), log),
      topology: { store: 'files', bus: () => 'local' },
      wire: () => undefined,
      close: async () => undefined,
    }
  }
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
