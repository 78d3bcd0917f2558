/**
 * `GET /collab/:room` — the y-websocket endpoint. Checks, in order: room-name format (4400, no disk,
 * no authorize), Origin (4403), authorize (4401/4403/4404), then the room is loaded — all inside the
 * async `createEvents`, which Hono awaits before the handshake — and only then does sync start.
 * Refusals accept the socket and close it with the code, so y-websocket stops retrying.
 */

import type { upgradeWebSocket as nodeUpgradeWebSocket } from '@hono/node-server'
import type { Context, Env, Hono } from 'hono'
import type { WSEvents } from 'hono/ws'
import { CLOSE_CODES, ROOM_NAME_RE } from '../../shared/collab/rooms.js'
import type { Connection } from './connection.js'
import { isOriginAllowed } from './origin.js'
import type { RoomManager } from './registry.js'
import type { Room } from './room.js'
import { type AccessDecision, type CollabLogger, closeReason } from './types.js'

/** What the api passes to `mountCollab`. */
export type CollabRouteOptions<E extends Env> = {
  /** `upgradeWebSocket` from `@hono/node-server` (the server must be built with a `noServer` WebSocketServer). */
  upgradeWebSocket: typeof nodeUpgradeWebSocket
  rooms: RoomManager
  /** Resolve the user (cookie or `?token=`) and their access to the room. Called again by `refreshAccess`. */
  authorize: (room: string, c: Context<E>) => Promise<AccessDecision>
  allowedOrigins?: readonly string[]
  trustProxy?: boolean
  /** Mount point; default `/collab`. */
  basePath?: string
  log?: CollabLogger
}

function refuse(code: number, reason: string): WSEvents {
  return {
    onOpen: (_evt, ws) => ws.close(code, closeReason(reason)),
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

  app.get(
    `${base}/:room{.+}`,
    opts.upgradeWebSocket(async (raw: Context) => {
      const c = raw as unknown as Context<E>
      try {
        return await decide(c)
      } catch (err) {
        log.error('collab upgrade failed', { error: String(err) })
        return refuse(1011, 'internal error')
      }
    }),
  )

  async function decide(c: Context<E>): Promise<WSEvents> {
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
    const decision = await opts.authorize(name, c)
    if (!decision.ok) return refuse(decision.code, decision.reason)
    let room: Room
    try {
      room = await opts.rooms.open(name)
    } catch (err) {
      log.error('collab room unavailable', { room: name, error: String(err) })
      return refuse(1011, 'room unavailable')
    }
    return peerEvents(room, decision, () => opts.authorize(name, c), epoch)
  }

  function peerEvents(
    room: Room,
    access: AccessDecision & { ok: true },
    recheck: () => Promise<AccessDecision>,
    epoch: number,
  ): WSEvents {
    let conn: Connection | null = null
    return {
      onOpen(_evt, ws) {
        // The room could have been unloaded during the handshake (tiny idle timeouts, shutdown).
        if (opts.rooms.peek(room.name) !== room) {
          ws.close(1013, 'room reloading, retry')
          return
        }
        conn = opts.rooms.connect(room, ws, access, recheck, epoch)
      },
      onMessage(evt) {
        conn?.receive(evt.data)
      },
      onClose() {
        conn?.detach()
      },
    }
  }
}
