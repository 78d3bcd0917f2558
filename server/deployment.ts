/**
 * Which stores and bus this process uses, chosen from the environment: files under DATA_DIR (the
 * zero-setup default), PostgreSQL with `DATABASE_URL`, plus the Redis room bus with `REDIS_URL`.
 * `wire` connects the room manager: metadata committed elsewhere (sign-outs, phase, lock and move
 * changes) re-checks the access of open sockets here, and our commits are announced on the bus.
 */
import { join } from 'node:path'
import type { RoomManager } from './collab/index.js'
import type { RoomBus } from './collab/room.js'
import type { Env } from './env.js'
import type { RateLimiterFactory } from './http/rateLimit.js'
import type { Logger } from './log.js'
import { type MetaStore, openMetaStore } from './storage/metaStore.js'
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

/**
 * Open the stores (and bus) the environment asks for. The PostgreSQL/Redis set-up is imported only
 * when configured: `pg` and `ioredis` alone cost a file-store server ~4 MB of heap and ~25 MB of RSS
 * (docs/benchmarks.md, issue 22).
 */
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
  const { openClusterDeployment } = await import('./clusterDeployment.js')
  return openClusterDeployment({ ...env, databaseUrl: env.databaseUrl }, log)
}
