/**
 * The y-websocket endpoint `/collab/<room>`, taken straight from the Node server's `upgrade` event
 * with `ws` (`noServer` + `handleUpgrade`, as Hocuspocus and the reference relay do). Hono keeps
 * serving HTTP, where a plain GET of the endpoint answers 426.
 *
 * Checks, in order: room-name format (4400, no disk, no authorize), Origin (4403), authorize
 * (4401/4403/4404), then the room is loaded — all before the handshake — and only then does sync
 * start. Refusals accept the socket and close it with the code, so y-websocket stops retrying.
 *
 * Memory: an open socket keeps only the `ws` socket and its `Connection` (which keeps the room name's
 * credentials, not the request); no adapter context, no per-socket closures (the handlers below are
 * shared and find their connection on the socket). tests/server/collab/memory.test.ts checks that the
 * IncomingMessage is let go.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Env, Hono } from 'hono'
import { type RawData, WebSocket, WebSocketServer } from 'ws'
import { CLOSE_CODES, MAX_WS_FRAME_BYTES, ROOM_NAME_RE } from '../../shared/collab/rooms.js'
import type { Connection } from './connection.js'
import { isOriginAllowed } from './origin.js'
import type { RoomManager } from './registry.js'
import type { Room } from './room.js'
import { type AccessDecision, type Authorize, type CollabLogger, closeReason } from './types.js'

/** What `attachCollab` needs: the rooms, how to read credentials, and who may enter a room. */
export type CollabRouteOptions = {
  rooms: RoomManager
  /** What identifies the caller in the upgrade request (cookie, bearer or `?token=`); kept per socket for rechecks. */
  credentials: (req: IncomingMessage) => string | null
  /** The caller's access to the room. Called again by `refreshAccess` with the same credentials. */
  authorize: Authorize
  allowedOrigins?: readonly string[]
  trustProxy?: boolean
  /** Mount point; default `/collab`. */
  basePath?: string
  log?: CollabLogger
  /** Largest frame accepted; default 8 MiB. */
  maxPayload?: number
}

/** A `ws` socket that knows its connection, so one set of listeners serves every socket. */
export class CollabSocket extends WebSocket {
  conn: Connection | null = null

  /** Room broadcasts framed once may go straight to the TCP socket: no extension (compression) is on. */
  get framesRaw(): boolean {
    return true
  }
}

function onMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  ;(this as CollabSocket).conn?.receive(data, isBinary)
}
function onClose(this: WebSocket): void {
  ;(this as CollabSocket).conn?.detach()
}
function onPong(this: WebSocket): void {
  const { conn } = this as CollabSocket
  if (conn) conn.alive = true
}
function ignoreError(): void {
  // `ws` reports the error as a close; nothing else to do.
}

/** What happens once the socket is open: join a room, or close with a refusal. */
type Opening = (ws: CollabSocket) => void

function refuse(code: number, reason: string): Opening {
  return (ws) => ws.close(code, closeReason(reason))
}

/** A plain GET of the endpoint gets a 426 JSON error, never a room load. */
export function mountCollabHttp<E extends Env>(app: Hono<E>, basePath = '/collab'): void {
  app.get(`${basePath}/*`, (c) =>
    c.json({ error: { code: 'upgrade_required', message: 'This endpoint speaks WebSocket only.' } }, 426),
  )
}

/**
 * Take the WebSocket upgrades of `server` under the base path; other upgrade requests get a plain
 * HTTP 404. Returns the `ws` server (closed with `server`).
 */
export function attachCollab(server: Server, opts: CollabRouteOptions): WebSocketServer {
  const log = opts.log ?? console
  const base = `${opts.basePath ?? '/collab'}/`
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: opts.maxPayload ?? MAX_WS_FRAME_BYTES,
    // Never negotiated: room broadcasts are framed once, uncompressed, for all peers (frame.ts).
    perMessageDeflate: false,
    // The rooms know their sockets; `ws`'s own client set would add a Set entry and a close
    // listener (a closure) per socket.
    clientTracking: false,
    WebSocket: CollabSocket,
  })

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (req.headers.upgrade?.toLowerCase() !== 'websocket') return reject(socket, 400)
    const url = requestUrl(req)
    if (!url.pathname.startsWith(base)) return reject(socket, 404)
    socket.on('error', ignoreError)
    void decideSafely(req, url).then((opening) => {
      socket.off('error', ignoreError)
      wss.handleUpgrade(req, socket, head, (ws) => {
        // Oversized or malformed frames are reported as an error and then a close (1009/1002).
        ws.on('error', ignoreError)
        opening(ws as CollabSocket)
      })
    })
  })
  server.on('close', () => wss.close())
  return wss

  async function decideSafely(req: IncomingMessage, url: URL): Promise<Opening> {
    try {
      return await decide(req, url)
    } catch (err) {
      log.error('collab upgrade failed', { error: String(err) })
      return refuse(1011, 'internal error')
    }
  }

  async function decide(req: IncomingMessage, url: URL): Promise<Opening> {
    const name = roomOf(url.pathname.slice(base.length))
    if (name === null) return refuse(CLOSE_CODES.malformedRoom, 'malformed room name')
    const originOk = isOriginAllowed({
      requestUrl: url.href,
      origin: header(req, 'origin'),
      forwardedProto: header(req, 'x-forwarded-proto'),
      forwardedHost: header(req, 'x-forwarded-host'),
      allowedOrigins: opts.allowedOrigins,
      trustProxy: opts.trustProxy,
    })
    if (!originOk) return refuse(CLOSE_CODES.forbidden, 'origin not allowed')
    const epoch = opts.rooms.accessEpoch
    const credentials = ownCopy(opts.credentials(req))
    const decision: AccessDecision = await opts.authorize(name, credentials)
    if (!decision.ok) return refuse(decision.code, decision.reason)
    let room: Room
    try {
      room = await opts.rooms.open(name)
    } catch (err) {
      log.error('collab room unavailable', { room: name, error: String(err) })
      return refuse(1011, 'room unavailable')
    }
    const access = { readOnly: decision.readOnly, user: decision.user, credentials }
    return (ws) => {
      // The room could have been unloaded during the handshake (tiny idle timeouts, shutdown).
      if (opts.rooms.peek(room.name) !== room) {
        ws.close(1013, 'room reloading, retry')
        return
      }
      ws.on('message', onMessage)
      ws.on('close', onClose)
      ws.on('pong', onPong)
      ws.conn = opts.rooms.connect(room, ws, access, opts.authorize, epoch)
    }
  }
}

/** The request URL as the app sees it (scheme from the socket, host from `Host`); dot segments resolved. */
function requestUrl(req: IncomingMessage): URL {
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
  try {
    return new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`)
  } catch {
    return new URL(req.url ?? '/', `${scheme}://localhost`)
  }
}

/** The room name of a path tail, percent-decoded as Hono decodes route params; null when malformed. */
function roomOf(tail: string): string | null {
  let name: string
  try {
    name = decodeURIComponent(tail)
  } catch {
    return null
  }
  if (!ROOM_NAME_RE.test(name) || name === '.' || name === '..') return null
  return name
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function reject(socket: Duplex, status: number): void {
  if (socket.destroyed) return
  socket.end(
    `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  )
}

/**
 * A token read from the query string is a slice of the request URL and would keep that whole string
 * alive for the socket's life; a fresh copy keeps only itself.
 */
function ownCopy(text: string | null): string | null {
  return text === null ? null : (JSON.parse(JSON.stringify(text)) as string)
}
