/** The peer address for rate limiting; forwarded headers are ignored because anyone can forge them. */
import type { Context } from 'hono'

/** Remote address of the socket, or `local` for in-process requests. */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'local'
}
