/** A fixed-window attempt counter per key (IP+name, IP+code), in memory. */

/** Counts attempts and says when a key is over its budget. */
export type RateLimiter = {
  /** Record one attempt; false when the key already used its budget in this window. */
  hit(key: string): boolean
}

/** `limit` attempts per `windowMs` per key. */
export function createRateLimiter(
  limit: number,
  windowMs: number,
  now: () => number = Date.now,
): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(key) {
      const t = now()
      // Sweep old windows now and then so a flood of distinct keys cannot grow the map forever.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k)
      const w = windows.get(key)
      if (!w || t - w.start >= windowMs) {
        windows.set(key, { start: t, count: 1 })
        return true
      }
      w.count++
      return w.count <= limit
    },
  }
}
