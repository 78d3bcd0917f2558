/**
 * `createApp(deps)`: the Hono app — request ids and logs, secure headers, one error handler, body
 * limits, the route table, OpenAPI, the collab WebSocket and the built client. No globals: tests
 * build as many apps as they like over in-memory stores.
 */

import type { Server } from 'node:http'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { attachCollab, mountCollabHttp } from './collab/index.js'
import { createRoomAuthorize } from './commands/roomAccess.js'
import { authGate, resolveCaller } from './http/authGate.js'
import { collabCredentials } from './http/collabAuth.js'
import type { AppDeps, AppEnv, ResolvedDeps } from './http/context.js'
import { createErrorHandler, errorBody } from './http/errorHandler.js'
import { catchUpMeta } from './http/metaCatchUp.js'
import { buildOpenApi } from './http/openapi.js'
import { createRateLimiter, type RateLimiterFactory } from './http/rateLimit.js'
import { hostCheck, hstsOverHttps, jsonWrites, noStore } from './http/requestGuards.js'
import { mountClient } from './http/static.js'
import { closeWhenBodyUnread } from './http/unreadBody.js'
import { APP_VERSION } from './paths.js'
import { ROUTES } from './routes/index.js'
import { route } from './routes/route.js'
import type { RouteDef } from './routes/types.js'

/** Default JSON body limit. */
export const JSON_BODY_LIMIT = 1024 * 1024
const DAY_MS = 24 * 60 * 60 * 1000

/** `GET /api/openapi.json` is a route too, so it is in the table the tests iterate. */
const OPENAPI_ROUTE: RouteDef = route({
  method: 'get',
  path: '/api/openapi.json',
  auth: 'public',
  tag: 'meta',
  status: 200,
  summary: 'This API as OpenAPI 3.1 (every route, contract and extensions).',
  handler: () => buildOpenApi(ALL_ROUTES, APP_VERSION),
})

/** Every route the app serves over HTTP (the WebSocket `/collab/:room` is documented in the contract). */
export const ALL_ROUTES: readonly RouteDef[] = [...ROUTES, OPENAPI_ROUTE]

function resolveDeps(deps: AppDeps): ResolvedDeps {
  const perMinute = deps.authAttemptsPerMinute ?? 10
  const makeLimiter: RateLimiterFactory =
    deps.rateLimiters ?? ((_name, limit, windowMs) => createRateLimiter(limit, windowMs))
  return {
    ...deps,
    now: deps.now ?? (() => new Date()),
    allowedOrigins: deps.allowedOrigins ?? [],
    sessionTtlMs: deps.sessionTtlMs ?? 30 * DAY_MS,
    authAttemptsPerMinute: perMinute,
    topology: deps.topology ?? { store: 'files', bus: () => 'local' },
    limiter: makeLimiter('attempts', perMinute, 60_000),
    ipLimiter: makeLimiter('address', perMinute * 6, 60_000),
  }
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
}

/**
 * Serve the collab WebSocket (`/collab/<room>`) on `server` for the same stores and sessions as the
 * app: the upgrade is taken with `ws` directly, not through Hono (server/collab/wsRoute.ts).
 */
export function attachAppCollab(
  server: Server,
  deps: Pick<AppDeps, 'meta' | 'rooms' | 'log' | 'now' | 'allowedOrigins'>,
): void {
  attachCollab(server, {
    rooms: deps.rooms,
    credentials: collabCredentials,
    authorize: createRoomAuthorize(deps.meta, deps.now ?? (() => new Date())),
    allowedOrigins: deps.allowedOrigins ?? [],
    log: deps.log,
  })
}

/** Build the app over its dependencies. */
export function createApp(input: AppDeps): Hono<AppEnv> {
  const deps = resolveDeps(input)
  const { log } = deps
  const app = new Hono<AppEnv>()

  app.use(closeWhenBodyUnread())
  app.use(requestId())
  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    log.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  })
  app.use(
    hostCheck({
      publicUrl: deps.publicUrl,
      listenHost: deps.listenHost,
      allowedOrigins: deps.allowedOrigins,
    }),
  )
  app.use(secureHeaders({ contentSecurityPolicy: CSP, strictTransportSecurity: false }))
  app.use(hstsOverHttps(deps.publicUrl))
  app.use('/api/*', noStore())
  if (deps.allowedOrigins.length) app.use('/api/*', cors({ origin: deps.allowedOrigins, credentials: true }))
  app.use('/api/*', catchUpMeta(deps.meta))
  app.use('/api/*', resolveCaller(deps))
  app.onError(createErrorHandler(log))

  for (const route of ALL_ROUTES) {
    const limit = bodyLimit({
      maxSize: route.bodyLimit ?? JSON_BODY_LIMIT,
      onError: (c) =>
        errorBody(
          c,
          413,
          'too_large',
          `The request body is larger than ${Math.round((route.bodyLimit ?? JSON_BODY_LIMIT) / 1024 / 1024)} MiB.`,
        ),
    })
    app.on(
      route.method.toUpperCase(),
      route.path,
      jsonWrites({ multipart: route.multipart ?? false }),
      authGate(route.auth),
      limit,
      (c) => route.handler(c, deps),
    )
  }

  mountCollabHttp(app)

  app.all('/api/*', (c) => errorBody(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`))
  mountClient(app, deps.distDir)
  app.notFound((c) => errorBody(c, 404, 'not_found', `Nothing at ${c.req.path}.`))
  return app
}
