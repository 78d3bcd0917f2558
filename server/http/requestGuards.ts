/**
 * Request-level defences that do not depend on the route: the Host check against DNS rebinding,
 * the cross-site write check (CSRF, with or without a cookie), JSON-only writes, `no-store` on API
 * answers, and HSTS only where it means something (https).
 */
import { isIP } from 'node:net'
import type { Context, MiddlewareHandler } from 'hono'
import { AppError, unsupportedType } from '../errors.js'
import type { AppEnv } from './context.js'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Whether the request changes state (everything but GET/HEAD/OPTIONS). */
export function isWrite(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase())
}

/** What the host check accepts besides IP literals and `localhost`. */
export type HostPolicy = { publicUrl?: string; listenHost?: string; allowedOrigins: readonly string[] }

/**
 * Hosts this server answers to. A DNS-rebinding page runs on the attacker's own name, and the
 * browser sends that name as Host; an IP literal or `localhost` can only come from someone who
 * reached the machine directly. So: IP literals, localhost, the listen host, `PUBLIC_URL`'s host
 * and the hosts of `ALLOWED_ORIGINS`.
 */
export function hostAllowed(hostHeader: string | undefined, policy: HostPolicy): boolean {
  if (!hostHeader) return false
  let hostname: string
  try {
    hostname = new URL(`http://${hostHeader}`).hostname.toLowerCase()
  } catch {
    return false
  }
  const bare = hostname.replace(/^\[|\]$/g, '')
  if (isIP(bare) || bare === 'localhost' || bare.endsWith('.localhost')) return true
  const names = [policy.listenHost, policy.publicUrl, ...policy.allowedOrigins].flatMap((v) => {
    if (!v) return []
    try {
      return [v.includes('://') ? new URL(v).hostname.toLowerCase() : v.toLowerCase()]
    } catch {
      return []
    }
  })
  return names.includes(hostname)
}

/** Refuse requests for a host name this server is not (DNS rebinding). */
export function hostCheck(policy: HostPolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The adapter builds the request URL from the Host header; in-process requests have no header.
    if (!hostAllowed(new URL(c.req.url).host, policy))
      throw new AppError(
        403,
        'host_not_allowed',
        'This server does not answer for that host name; set PUBLIC_URL.',
      )
    await next()
  }
}

/**
 * Writes must come from our own pages: a foreign `Origin` (or `null`) or `Sec-Fetch-Site: cross-site`
 * is refused on every state-changing request, whether it carries a cookie, a bearer token or
 * nothing (a login from a foreign page would sign the victim into the attacker's account). Scripts
 * send no Origin and are not affected.
 */
export function crossSiteWrite(c: Context, allowedOrigins: readonly string[]): boolean {
  if (!isWrite(c.req.method)) return false
  if (c.req.header('sec-fetch-site')?.toLowerCase() === 'cross-site') {
    const origin = c.req.header('origin')
    return !origin || !allowedOrigins.includes(origin)
  }
  const origin = c.req.header('origin')
  if (origin === undefined) return false
  try {
    const host = new URL(origin).host
    return host !== new URL(c.req.url).host && !allowedOrigins.some((o) => new URL(o).host === host)
  } catch {
    return true // "null" and other opaque origins
  }
}

/**
 * 415 for a write whose body is not JSON (multipart too where the route takes uploads). A form or
 * `text/plain` body is what a cross-site page can send without a preflight, so it never reaches a
 * JSON handler.
 */
export function jsonWrites(opts: { multipart: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const hasBody =
      type !== '' ||
      c.req.header('transfer-encoding') !== undefined ||
      Number(c.req.header('content-length') ?? 0) > 0
    if (isWrite(c.req.method) && hasBody) {
      const ok = type === 'application/json' || (opts.multipart && type === 'multipart/form-data')
      if (!ok)
        throw unsupportedType(
          opts.multipart
            ? 'Send JSON (Content-Type: application/json) or a multipart/form-data upload.'
            : 'Send JSON (Content-Type: application/json).',
        )
    }
    await next()
  }
}

/** `Cache-Control: no-store` on API answers (personal data must not stay in shared caches). */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    c.res.headers.set('Cache-Control', 'no-store')
  }
}

/** HSTS only over https (or behind an https `PUBLIC_URL`): over plain http it is meaningless noise. */
export function hstsOverHttps(publicUrl: string | undefined): MiddlewareHandler<AppEnv> {
  const httpsPublic = publicUrl?.startsWith('https:') ?? false
  return async (c, next) => {
    await next()
    if (httpsPublic || new URL(c.req.url).protocol === 'https:')
      c.res.headers.set('Strict-Transport-Security', 'max-age=15552000; includeSubDomains')
  }
}
