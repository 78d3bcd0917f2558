/**
 * Token buckets kept as one number each (the generic cell rate algorithm): the time at which the
 * bucket would be full again. Equivalent to a bucket of `capacity` tokens refilled at `perSecond`,
 * but a connection that never spent anything holds a plain 0 and no object.
 */

/** Spend `cost` from the bucket whose full-again time is `fullAt`; the new time, or -1 when refused. */
export function spend(
  fullAt: number,
  cost: number,
  capacity: number,
  perSecond: number,
  now: number,
): number {
  const next = Math.max(fullAt, now) + (cost / perSecond) * 1000
  // Refilling from empty takes capacity/perSecond seconds; owing more than that means overdrawn.
  if (next - now > (capacity / perSecond) * 1000) return -1
  return next
}
