/**
 * A fixed-window counter of FAILED attempts per key (IP, IP+name, IP+code), in memory.
 *
 * Only failures count: guessing a password or a join code is nothing but failures, so the budget stops
 * it, while a whole classroom joining with the right code from behind one NAT address is never refused.
 */

/** Counts failures and says when a key is over its budget (shared counters may answer later). */
export type RateLimiter = {
  /** True when the key has used up its failure budget in the current window (counts nothing). */
  blocked(key: string): boolean | Promise<boolean>
  /** Record one failed attempt for the key. */
  fail(key: string): void | Promise<void>
}

/** Makes the limiters of an app: in memory by default, in Redis when instances share them. */
export type RateLimiterFactory = (name: string, limit: number, windowMs: number) => RateLimiter

/** `limit` failures per `windowMs` per key. */
export function createRateLimiter(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): RateLimiter & { blocked(key: string): boolean; fail(key: string): void } {
  const windows = new Map<string, { start: number; count: number }>()
  const current = (key: string, t: number) => {
    const w = windows.get(key)
    return w && t - w.start < windowMs ? w : null
  }
  return {
    blocked(key) {
      return (current(key, now())?.count ?? 0) >= limit
    },
    fail(key) {
      const t = now()
      // Sweep old windows now and then so a flood of distinct keys cannot grow the map forever.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k)
      const w = current(key, t)
      if (w) w.count++
      else windows.set(key, { start: t, count: 1 })
    },
  }
}

/**
 * Run an attempt under the limiters: refused with `onBlocked()` while any key is over budget; a
 * failure (the attempt throws) is counted against every key and rethrown.
 */
export async function limitedAttempt<T>(
  checks: Array<[RateLimiter, string]>,
  onBlocked: () => Error,
  attempt: () => T | Promise<T>,
): Promise<T> {
  const blocked = await Promise.all(checks.map(([limiter, key]) => limiter.blocked(key)))
  if (blocked.some(Boolean)) throw onBlocked()
  try {
    return await attempt()
  } catch (err) {
    await Promise.all(checks.map(([limiter, key]) => limiter.fail(key)))
    throw err
  }
}
