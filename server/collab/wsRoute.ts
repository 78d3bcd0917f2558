/**
 * `GET /collab/:room` — the y-websocket endpoint. Checks, in order: room-name format (4400, no disk,
 * no authorize), Origin (4403), authorize (4401/4403/4404), then the room is loaded — all before the
 * handshake — and only then does sync start. Refusals accept the socket and close it with the code,
 * so y-websocket stops retrying.
 *
 * Memory: `@hono/node-server`'s `upgradeWebSocket` wires each socket in a closure that keeps the
 * context it was called with (and its `env.incoming`) for the socket's whole life. Handed Hono's real
 * Context, that is the request, its headers, URLs and the IncomingMessage: about 10 KB per idle
 * socket, twice what the rest of a connection costs. So the adapter gets a `Peer` holding only
 * what it reads (`req.header('upgrade')`, `req.url`, `env`), all let go once the socket
 * is open, and rechecks keep the caller's credentials, not the request (tests/server/collab/memory.test.ts).
 */

import type { upgradeWebSocket as nodeUpgradeWebSocket } from '@hono/node-server'
import type { Context, Env, Hono } from 'hono'
import { CLOSE_CODES, ROOM_NAME_RE } from '../../shared/collab/rooms.js'
import type { Connection } from './connection.js'
import { isOriginAllowed } from './origin.js'
import type { RoomManager } from './registry.js'
import type { Room } from './room.js'
import { type AccessDecision, type CollabLogger, closeReason, type SocketLike } from './types.js'

/** What the api passes to `mountCollab`. */
export type CollabRouteOptions<E extends Env> = {
  /** `upgradeWebSocket` from `@hono/node-server` (the server must be built with a `noServer` WebSocketServer). */
  upgradeWebSocket: typeof nodeUpgradeWebSocket
  rooms: RoomManager
  /** What identifies the caller in the upgrade request (cookie or `?token=`); kept per socket for rechecks. */
  credentials: (c: Context<E>) => string | null
  /** The caller's access to the room. Called again by `refreshAccess` with the same credentials. */
  authorize: (room: string, credentials: string | null) => Promise<AccessDecision>
  allowedOrigins?: readonly string[]
  trustProxy?: boolean
  /** Mount point; default `/collab`. */
  basePath?: string
  log?: CollabLogger
}

/** What happens when the socket opens: join a room, or close with a refusal. */
type Opening = (ws: SocketLike) => Connection | null

function refuse(code: number, reason: string): Opening {
  return (ws) => {
    ws.close(code, closeReason(reason))
    return null
  }
}

/** Register the collab WebSocket route on `app`. */
export function mountCollab<E extends Env>(app: Hono<E>, opts: CollabRouteOptions<E>): void {
  const log = opts.log ?? console
  const base = opts.basePath ?? '/collab'

  // A plain GET must not reach createEvents: that would authorize and load a room for nothing.
  app.get(`${base}/*`, async (c, next) => {
    if (c.req.header('upgrade')?.toLowerCase() === 'websocket') return next()
    return c.json(
      { error: { code: 'upgrade_required', message: 'This endpoint speaks WebSocket only.' } },
      426,
    )
  })

  const upgrade = opts.upgradeWebSocket((peer) => peer as unknown as Peer)
  app.get(`${base}/:room{.+}`, async (c, next) => {
    const peer = new Peer(c, await decideSafely(c))
    // The adapter reads only `req.header('upgrade')`, `req.url` and `env`; see the memory note at the top.
    return upgrade(peer as unknown as Context, next)
  })

  async function decideSafely(c: Context<E>): Promise<Opening> {
    try {
      return await decide(c)
    } catch (err) {
      log.error('collab upgrade failed', { error: String(err) })
      return refuse(1011, 'internal error')
    }
  }

  async function decide(c: Context<E>): Promise<Opening> {
    const name = c.req.param('room') ?? ''
    if (!ROOM_NAME_RE.test(name) || name === '.' || name === '..')
      return refuse(CLOSE_CODES.malformedRoom, 'malformed room name')
    const originOk = isOriginAllowed({
      requestUrl: c.req.url,
      origin: c.req.header('origin'),
      forwardedProto: c.req.header('x-forwarded-proto'),
      forwardedHost: c.req.header('x-forwarded-host'),
      allowedOrigins: opts.allowedOrigins,
      trustProxy: opts.trustProxy,
    })
    if (!originOk) return refuse(CLOSE_CODES.forbidden, 'origin not allowed')
    const epoch = opts.rooms.accessEpoch
    const credentials = ownCopy(opts.credentials(c))
    const decision = await opts.authorize(name, credentials)
    if (!decision.ok) return refuse(decision.code, decision.reason)
    let room: Room
    try {
      room = await opts.rooms.open(name)
    } catch (err) {
      log.error('collab room unavailable', { room: name, error: String(err) })
      return refuse(1011, 'room unavailable')
    }
    const access = { readOnly: decision.readOnly, user: decision.user }
    return (ws) => {
      // The room could have been unloaded during the handshake (tiny idle timeouts, shutdown).
      if (opts.rooms.peek(room.name) !== room) {
        ws.close(1013, 'room reloading, retry')
        return null
      }
      return opts.rooms.connect(room, ws, access, recheckOf(room.name, credentials), epoch)
    }
  }

  /** Kept by the connection for `refreshAccess`: the room name and credentials, nothing of the request. */
  function recheckOf(room: string, credentials: string | null): () => Promise<AccessDecision> {
    return () => opts.authorize(room, credentials)
  }
}

/**
 * A token read from the query string is a slice of the request URL and would keep that whole string
 * alive for the socket's life; a fresh copy keeps only itself.
 */
function ownCopy(text: string | null): string | null {
  return text === null ? null : (JSON.parse(JSON.stringify(text)) as string)
}

/**
 * One socket from handshake to close, in a single object: the adapter keeps what it is handed for the
 * socket's life, so this is both its handshake context and its event handlers. The handshake fields
 * are dropped once the socket is open (see the memory note at the top).
 */
class Peer {
  req: { url: string; header(name: string): string | undefined } | undefined
  env: { incoming?: unknown } | undefined
  private opening: Opening | undefined
  private conn: Connection | null = null

  constructor(c: Context, opening: Opening) {
    const url = c.req.url
    const upgrade = c.req.header('upgrade')
    this.req = { url, header: (name) => (name.toLowerCase() === 'upgrade' ? upgrade : undefined) }
    this.env = c.env as { incoming?: unknown }
    this.opening = opening
  }

  onOpen(_evt: Event, ws: SocketLike): void {
    const opening = this.opening
    // The adapter has handed `env.incoming` to its socket waiter and read `req` by now; the `ws`
    // socket keeps the TCP socket itself.
    if (this.env) this.env.incoming = undefined
    this.req = undefined
    this.env = undefined
    this.opening = undefined
    this.conn = opening?.(ws) ?? null
  }

  onMessage(evt: MessageEvent): void {
    this.conn?.receive(evt.data)
  }

  onClose(): void {
    this.conn?.detach()
  }
}
