/**
 * Session resolution: `Authorization: Bearer` wins over the `shaffof_session` cookie; an invalid bearer
 * is not silently replaced by the cookie, so scripts see their own token's failure.
 */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { MetaStore } from '../storage/metaStore.js'
import type { UserRecord } from '../storage/metaTypes.js'
import { resolveSession } from '../storage/users.js'

/** The session cookie's name (contract: httpOnly session cookie). */
export const SESSION_COOKIE = 'shaffof_session'

/** The token a request carries: bearer header, then cookie, then (WebSocket only) `?token=`. */
export function tokenOf(c: Context, opts: { allowQuery?: boolean } = {}): string | null {
  const auth = c.req.header('authorization')
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth.trim())
    return m?.[1] ?? ''
  }
  const cookie = getCookie(c, SESSION_COOKIE)
  if (cookie) return cookie
  if (opts.allowQuery) return c.req.query('token') ?? null
  return null
}

/** The user behind the request's token, or null. */
export function userOf(
  c: Context,
  meta: MetaStore,
  now: Date,
  opts: { allowQuery?: boolean } = {},
): UserRecord | null {
  const token = tokenOf(c, opts)
  if (!token) return null
  return resolveSession(meta, token, now)
}

/** Set the httpOnly session cookie; `Secure` when the request came over https. */
export function setSessionCookie(c: Context, token: string, ttlMs: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: Math.floor(ttlMs / 1000),
  })
}

/** Remove the session cookie. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
}
