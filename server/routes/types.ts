/** The route table's row type and the input helpers the route definition uses. */
import type { z } from 'zod'
import type { Role } from '../../shared/domain/review.js'
import { badRequest, unauthorized } from '../errors.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import type { UserRecord } from '../storage/metaTypes.js'

/** Who may call a route at all: anyone, any signed-in user, or listed roles. Finer checks are policies. */
export type RouteAuth = 'public' | 'user' | readonly Role[]

/** The statuses a route answers with on success. */
export type SuccessStatus = 200 | 201 | 204

/** One row of the route table: serves routing, OpenAPI and the authorisation test matrix. */
export type RouteDef = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** Hono path, e.g. `/api/reviews/:id`. */
  path: string
  auth: RouteAuth
  summary: string
  tag: string
  /** JSON body schema (parsed by the route definition before the handler runs; documented in OpenAPI). */
  body?: z.ZodType
  /** Query schema (parsed the same way). */
  query?: z.ZodType
  /** The success answer's shape (documented in OpenAPI; the handler's result is typed by it). */
  response?: z.ZodType
  /** Also accepts multipart/form-data with a `file` field. */
  multipart?: boolean
  /** Larger body limit in bytes (default 1 MiB). */
  bodyLimit?: number
  /** Success status. */
  status: SuccessStatus
  /** Response content type when not JSON. */
  produces?: string
  handler: (c: Ctx, deps: ResolvedDeps) => Promise<Response> | Response
}

/** The signed-in caller (the auth gate already ran for non-public routes). */
export function caller(c: Ctx): UserRecord {
  const user = c.get('user')
  if (!user) throw unauthorized()
  return user
}

/** Validate a value; zod issues become a 400 with `details: [{path, message}]`. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const details = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  const first = details[0]
  throw badRequest(
    first ? `Invalid input${first.path ? ` at ${first.path}` : ''}: ${first.message}` : 'Invalid input.',
    details,
  )
}
