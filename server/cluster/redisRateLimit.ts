/**
 * Failed-attempt counters shared by every instance (Redis INCR with a window expiry), so guessing a
 * password or join code across instances behind one URL has the same budget as against one. Counting
 * also happens in memory, which alone decides while Redis is unreachable.
 */
import { createHash } from 'node:crypto'
import type { Redis } from 'ioredis'
import { createRateLimiter, type RateLimiter, type RateLimiterFactory } from '../http/rateLimit.js'

/** Limiters over `redis` (the bus's command connection). */
export function redisRateLimiters(redis: Redis): RateLimiterFactory {
  return (name, limit, windowMs) => {
    const local = createRateLimiter(limit, windowMs)
    // Keys carry user-typed names: hash them to a fixed, safe length.
    const keyOf = (key: string) =>
      `shaffof:fail:${name}:${createHash('sha256').update(key).digest('base64url').slice(0, 32)}`
    const limiter: RateLimiter = {
      async blocked(key) {
        if (local.blocked(key)) return true
        if (redis.status !== 'ready') return false
        const count = await redis.get(keyOf(key)).catch(() => null)
        return Number(count ?? 0) >= limit
      },
      async fail(key) {
        local.fail(key)
        if (redis.status !== 'ready') return
        const k = keyOf(key)
        const n = await redis.incr(k).catch(() => 0)
        if (n === 1) await redis.pexpire(k, windowMs).catch(() => undefined)
      },
    }
    return limiter
  }
}
