/**
 * Starts a real Hono app with the collab engine on 127.0.0.1, port 0, for sync tests.
 * `close()` shuts the room manager (final saves) and the HTTP server.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { Hono } from 'hono'
import {
  type AccessDecision,
  attachCollab,
  createRoomManager,
  mountCollabHttp,
  type RoomManager,
  type RoomManagerOptions,
  silentLogger,
} from '../../server/collab/index.js'
import { MemoryRoomStore } from '../../server/storage/memoryRoomStore.js'
import type { RoomStore } from '../../server/storage/roomFiles.js'

/** Access the default test authorize grants per `?token=`; tests mutate it to change policy. */
export type TokenPolicy = Map<string, AccessDecision>

/** A running collab test server. */
export type CollabTestServer = {
  /** `ws://127.0.0.1:<port>/collab` — pass to WebsocketProvider as the server URL. */
  url: string
  /** `http://127.0.0.1:<port>` */
  httpUrl: string
  rooms: RoomManager
  store: RoomStore
  /** The policy used by the default authorize (empty token → read-write "anon"). */
  policy: TokenPolicy
  /** Every `authorize` call, in order (room, token). */
  authorizeCalls: { room: string; token: string | undefined }[]
  close(): Promise<void>
}

/** Options of `startCollabServer`. */
export type StartOptions = {
  store?: RoomStore
  /** Replaces the token policy; gets the `?token=` of the upgrade (null when absent). */
  authorize?: (room: string, token: string | null) => Promise<AccessDecision>
  manager?: Omit<RoomManagerOptions, 'store'>
  allowedOrigins?: string[]
  /** Sees each upgrade request before the collab endpoint does (tests observe what is kept alive). */
  onUpgrade?: (req: IncomingMessage) => void
}

/** Start the engine on port 0 with a token-policy authorize (unless one is given). */
export async function startCollabServer(opts: StartOptions = {}): Promise<CollabTestServer> {
  const store = opts.store ?? new MemoryRoomStore()
  const rooms = createRoomManager({ log: silentLogger, ...opts.manager, store })
  const policy: TokenPolicy = new Map()
  const authorizeCalls: CollabTestServer['authorizeCalls'] = []
  const authorize =
    opts.authorize ??
    (async (room: string, token: string | null): Promise<AccessDecision> => {
      authorizeCalls.push({ room, token: token ?? undefined })
      if (token === null) return { ok: true, readOnly: false, user: { id: 'anon', name: 'Anon' } }
      return policy.get(token) ?? { ok: false, code: 4401, reason: 'unknown token' }
    })
  const app = new Hono()
  mountCollabHttp(app)
  const server = createAdaptorServer({ fetch: app.fetch }) as Server
  if (opts.onUpgrade) server.on('upgrade', opts.onUpgrade)
  attachCollab(server, {
    rooms,
    credentials: (req) => new URL(req.url ?? '/', 'http://localhost').searchParams.get('token'),
    authorize,
    allowedOrigins: opts.allowedOrigins,
    log: silentLogger,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  let closed = false
  return {
    url: `ws://127.0.0.1:${port}/collab`,
    httpUrl: `http://127.0.0.1:${port}`,
    rooms,
    store,
    policy,
    authorizeCalls,
    async close() {
      if (closed) return
      closed = true
      try {
        await rooms.close()
      } finally {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections?.()
        })
      }
    },
  }
}
