/**
 * Before an API request, catch up on metadata other instances committed (one indexed query on the
 * PostgreSQL store; nothing for files), so a sign-out or phase change made on another instance holds
 * here at once. Health stays answerable while the database is down; everything else answers 503.
 */
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors.js'
import type { MetaStore } from '../storage/metaStore.js'

/** The catch-up middleware for `/api/*`. */
export function catchUpMeta(meta: MetaStore): MiddlewareHandler {
  return async (c, next) => {
    if (meta.refresh && c.req.path !== '/api/health') {
      try {
        await meta.refresh()
      } catch {
        throw new AppError(503, 'storage_unavailable', 'The database is not reachable; try again shortly.')
      }
    }
    await next()
  }
}
