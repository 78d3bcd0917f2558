/**
 * Cross-site WebSocket hijacking guard: CORS does not cover WebSockets and browsers send cookies
 * cross-site, so an upgrade carrying a foreign `Origin` is refused. Requests without `Origin`
 * (scripts, integrations) pass here and must authenticate with a token.
 */

/** Inputs of the origin check, taken from the upgrade request. */
export type OriginCheck = {
  /** The request URL as the server built it (scheme from the socket, host from `Host`). */
  requestUrl: string
  origin: string | undefined
  forwardedProto?: string | undefined
  forwardedHost?: string | undefined
  /** Extra origins to accept, e.g. the Vite dev server `http://localhost:5173`. */
  allowedOrigins?: readonly string[]
  /** Honour `X-Forwarded-Proto/Host` (only behind a reverse proxy that sets them). */
  trustProxy?: boolean
}

function normalise(origin: string): string | null {
  try {
    const url = new URL(origin)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

/** The app's own origin for this request. */
export function ownOrigin(
  check: Pick<OriginCheck, 'requestUrl' | 'forwardedProto' | 'forwardedHost' | 'trustProxy'>,
): string {
  const url = new URL(check.requestUrl)
  if (!check.trustProxy) return url.origin
  const proto = check.forwardedProto?.split(',')[0]?.trim()
  const host = check.forwardedHost?.split(',')[0]?.trim()
  const scheme = proto === 'http' || proto === 'https' ? proto : url.protocol.slice(0, -1)
  // Rebuild rather than set url.host: the host setter keeps the old port when the new host has none.
  return normalise(`${scheme}://${host || url.host}`) ?? url.origin
}

/** True when the upgrade has no Origin, or its Origin is ours or explicitly allowed. */
export function isOriginAllowed(check: OriginCheck): boolean {
  if (check.origin === undefined) return true
  const origin = normalise(check.origin)
  if (origin === null) return false // includes the opaque "null" origin
  if (origin === ownOrigin(check)) return true
  return (check.allowedOrigins ?? []).some((allowed) => normalise(allowed) === origin)
}
