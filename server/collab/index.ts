/**
 * The live-collaboration engine. Wiring (in `server/app.ts` / `server/index.ts`):
 *
 *   const rooms = createRoomManager({ store: new FileRoomStore(join(DATA_DIR, 'rooms'), log), log })
 *   mountCollab(app, { upgradeWebSocket, rooms, authorize })
 *   serve({ fetch: app.fetch, websocket: { server: createCollabWss() } })
 *   // on SIGTERM: await rooms.close()
 */
import { WebSocketServer } from 'ws'
import { MAX_WS_FRAME_BYTES } from '../../shared/collab/rooms.js'

export { type FanoutHandler, LocalFanout, type RoomFanout } from './fanout.js'
export { isOriginAllowed, ownOrigin } from './origin.js'
export { createRoomManager, type RoomManager, type RoomManagerOptions } from './registry.js'
export type { RoomManagerStats, RoomStats } from './stats.js'
export {
  type AccessDecision,
  type CollabUser,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  silentLogger,
} from './types.js'
export { type CollabRouteOptions, mountCollab } from './wsRoute.js'

/** The `ws` server for `serve({ websocket: { server } })`: no own HTTP server, frames capped at 8 MiB. */
export function createCollabWss(maxPayload = MAX_WS_FRAME_BYTES): WebSocketServer {
  return new WebSocketServer({ noServer: true, maxPayload })
}
