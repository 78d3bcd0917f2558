/**
 * The credentials of a collab WebSocket upgrade: the token from `?token=`, the bearer header or the
 * cookie. Deciding what they allow is the `roomAccess` command's job.
 */
import type { IncomingMessage } from 'node:http'
import { SESSION_COOKIE } from './session.js'

/**
 * The session token of an upgrade request, read as `tokenOf` reads HTTP requests: an explicit
 * `?token=` wins over a cookie the browser may still hold from another sign-in; then the bearer
 * header (a malformed one gives '' rather than falling back to the cookie); then the cookie.
 */
export function collabCredentials(req: Pick<IncomingMessage, 'url' | 'headers'>): string | null {
  const query = req.url?.indexOf('?') ?? -1
  const token = query < 0 ? null : new URLSearchParams(req.url?.slice(query + 1)).get('token')
  if (token) return token
  const auth = req.headers.authorization
  if (auth) return /^Bearer\s+(\S+)$/i.exec(auth.trim())?.[1] ?? ''
  return cookieValue(req.headers.cookie, SESSION_COOKIE)
}

/** One cookie's value from a Cookie header (percent-decoded, quotes removed), or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    let value = part.slice(eq + 1).trim()
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      return decodeURIComponent(value) || null
    } catch {
      return value || null
    }
  }
  return null
}
