/** What setup, sign-in and joining share: the failure limits by address, and opening a session. */
import type { SessionView } from '../../shared/domain/account.js'
import { signIn } from '../commands/accounts.js'
import { tooManyRequests } from '../errors.js'
import { clientIp } from '../http/clientIp.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { limitedAttempt } from '../http/rateLimit.js'
import { setSessionCookie } from '../http/session.js'
import { presentUser } from '../presenters/user.js'
import type { UserRecord } from '../storage/metaTypes.js'

/**
 * An attempt under the failure limits: per address across keys (so guessing many names or codes from
 * one address is slow too) and per address and key. A failed attempt counts; a good one does not.
 */
export function limitedByAddress<T>(
  c: Ctx,
  d: ResolvedDeps,
  kind: 'login' | 'join',
  key: string,
  attempt: () => T | Promise<T>,
): Promise<T> {
  const ip = clientIp(c)
  return limitedAttempt(
    [
      [d.ipLimiter, `${kind}:${ip}`],
      [d.limiter, `${kind}:${ip}:${key}`],
    ],
    tooManyRequests,
    attempt,
  )
}

/** The contract's session answer for a new session's token, its cookie set. */
export function sessionAnswer(c: Ctx, d: ResolvedDeps, token: string, user: UserRecord): SessionView {
  setSessionCookie(c, token, d.sessionTtlMs)
  return { token, user: presentUser(user) }
}

/** Sign `user` in: a new session, its cookie, and the contract's `{token, user}`. */
export async function openSession(c: Ctx, d: ResolvedDeps, user: UserRecord): Promise<SessionView> {
  const { token } = await signIn(d.meta, user, { now: d.now(), ttlMs: d.sessionTtlMs })
  return sessionAnswer(c, d, token, user)
}
