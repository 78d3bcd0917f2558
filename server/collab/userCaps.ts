/**
 * Open collab connections per capped user, kept as they start and leave. Participants sign
 * themselves up with a join code, so they are the ones capped; staff accounts are made by an admin
 * (and the benchmarks drive hundreds of sockets with one). Counting by scanning every connection made
 * each participant's connect cost grow with the whole server's sockets.
 */
import type { CollabUser } from './types.js'

const isCapped = (user: CollabUser): boolean => user.role === 'participant' || user.role === undefined

export class UserConnectionCount {
  private readonly open = new Map<string, number>()

  /** Open connections of `user` (0 for users who are not capped). */
  of(user: CollabUser): number {
    return isCapped(user) ? (this.open.get(user.id) ?? 0) : 0
  }

  /** A connection of `user` starts. */
  joined(user: CollabUser): void {
    if (isCapped(user)) this.open.set(user.id, this.of(user) + 1)
  }

  /** A started connection of `user` left. */
  left(user: CollabUser): void {
    if (!isCapped(user)) return
    const n = this.of(user) - 1
    if (n > 0) this.open.set(user.id, n)
    else this.open.delete(user.id)
  }
}
