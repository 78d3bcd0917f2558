/**
 * A response sent before the request body was read (a 413 on its size, a 401 or 415 on an upload)
 * leaves unread bytes on the socket. The Node adapter then drains them for a short while and drops the
 * socket, so a keep-alive client that reused it for its next request would see that request fail.
 * Saying `Connection: close` on such responses makes the client open a fresh socket instead.
 */
import type { IncomingMessage } from 'node:http'
import type { MiddlewareHandler } from 'hono'

/** Whether the request announced a body (by length or chunked) that has not been read to its end. */
function bodyUnread(incoming: IncomingMessage): boolean {
  const length = Number(incoming.headers['content-length'] ?? 0)
  const hasBody = length > 0 || incoming.headers['transfer-encoding'] !== undefined
  return hasBody && !incoming.readableEnded
}

/** Mark responses to requests whose body was left unread with `Connection: close`. */
export function closeWhenBodyUnread(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
    if (incoming && bodyUnread(incoming)) c.res.headers.set('Connection', 'close')
  }
}
