/** The route-level gate: 401 without a valid session, 403 when the role is not listed. */
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { forbidden, unauthorized } from '../errors.js'
import type { RouteAuth } from '../routes/types.js'
import type { AppEnv, ResolvedDeps } from './context.js'
import { SESSION_COOKIE, tokenOf, userOf } from './session.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cookie-authenticated writes must come from our own pages: SameSite=Lax already keeps the cookie
 * off cross-site POSTs, and this also refuses same-site-but-foreign origins. Bearer callers are
 * scripts and carry no ambient credentials, so they are not checked.
 */
function foreignCookieWrite(c: Context, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization') || !getCookie(c, SESSION_COOKIE))
    return false
  const origin = c.req.header('origin')
  if (!origin) return false
  try {
    const host = new URL(origin).host
    return host !== new URL(c.req.url).host && !allowedOrigins.some((o) => new URL(o).host === host)
  } catch {
    return true
  }
}

/** Resolve the caller once per request and store it on the context. */
export function resolveCaller(deps: ResolvedDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (foreignCookieWrite(c, deps.allowedOrigins))
      throw forbidden('Cross-origin requests must use a bearer token.')
    c.set('token', tokenOf(c))
    c.set('user', userOf(c, deps.meta, deps.now()))
    await next()
  }
}

/** Enforce a route's `auth` spec. */
export function authGate(auth: RouteAuth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (auth !== 'public') {
      const user = c.get('user')
      if (!user) throw unauthorized()
      if (auth !== 'user' && !auth.includes(user.role)) throw forbidden()
    }
    await next()
  }
}
