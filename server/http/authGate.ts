/** The route-level gate: 401 without a valid session, 403 when the role is not listed. */
import type { MiddlewareHandler } from 'hono'
import { forbidden, unauthorized } from '../errors.js'
import type { RouteAuth } from '../routes/types.js'
import type { AppEnv, ResolvedDeps } from './context.js'
import { crossSiteWrite } from './requestGuards.js'
import { tokenOf, userOf } from './session.js'

/** Resolve the caller once per request and store it on the context. */
export function resolveCaller(deps: ResolvedDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (crossSiteWrite(c, deps.allowedOrigins))
      throw forbidden('Requests from other sites may not change anything here.')
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
