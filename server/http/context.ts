/** Types shared by the app factory, middleware and route modules. */
import type { Context } from 'hono'
import type { RoomManager } from '../collab/index.js'
import type { Topology } from '../deployment.js'
import type { Logger } from '../log.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { UserRecord } from '../storage/metaTypes.js'
import type { RateLimiter, RateLimiterFactory } from './rateLimit.js'

/** The part of the collab room manager that commands use (REST reads and writes room docs through it). */
export type RoomService = Pick<
  RoomManager,
  'getDoc' | 'refreshAccess' | 'revoke' | 'flushAll' | 'close' | 'peek'
>

/** Everything createApp needs; tests pass in-memory twins. */
export type AppDeps = {
  meta: MetaStore
  rooms: RoomManager
  log: Logger
  /** The clock; tests move it to expire sessions. */
  now?: () => Date
  /** Built client folder; served with SPA fallback only when it exists. */
  distDir?: string
  /** Extra origins allowed for CORS and WebSocket upgrades (Vite dev server). */
  allowedOrigins?: string[]
  /** Session lifetime; default 30 days. */
  sessionTtlMs?: number
  /** Attempts per minute per IP+name (login) or IP+code (join); default 10. */
  authAttemptsPerMinute?: number
  /** Store and bus in use (health); default files + local. */
  topology?: Topology
  /**
   * The address people use (`PUBLIC_URL`): its host passes the Host check; https turns on HSTS; join
   * links and QR codes point there (GET /api/config).
   */
  publicUrl?: string
  /** The listen host (`HOST`), also accepted as a Host header name. */
  listenHost?: string
  /** Failed-attempt counters shared by instances (Redis); default in memory. */
  rateLimiters?: RateLimiterFactory
}

/** Deps after defaults are filled in. */
export type ResolvedDeps = Required<Omit<AppDeps, 'distDir' | 'publicUrl' | 'listenHost' | 'rateLimiters'>> &
  Pick<AppDeps, 'distDir' | 'publicUrl' | 'listenHost'> & {
    /** Per IP+name (login) or IP+code (join). */
    limiter: RateLimiter
    /** Per IP across names and codes, so guessing many codes from one address is slow too. */
    ipLimiter: RateLimiter
  }

/** Hono environment: the resolved user (or null) and request id per request. */
export type AppEnv = {
  Variables: {
    user: UserRecord | null
    token: string | null
    requestId: string
  }
}

/** The request context every handler receives. */
export type Ctx = Context<AppEnv>
