/**
 * The live-collaboration engine. Wiring (in `server/app.ts` / `server/index.ts`):
 *
 *   const rooms = createRoomManager({ store: new FileRoomStore(join(DATA_DIR, 'rooms'), log), log })
 *   mountCollabHttp(app)                      // a plain GET of /collab/* answers 426
 *   const server = serve({ fetch: app.fetch })
 *   attachCollab(server, { rooms, credentials, authorize })   // the upgrades, on `ws` directly
 *   // on SIGTERM: await rooms.close()
 */

export type { ConnectionAccess } from './connection.js'
export { type FanoutHandler, LocalFanout, type RoomFanout } from './fanout.js'
export { isOriginAllowed, ownOrigin } from './origin.js'
export { createRoomManager, type RoomManager, type RoomManagerOptions } from './registry.js'
export type { Revocation } from './revoke.js'
export type { RoomManagerStats, RoomStats } from './stats.js'
export {
  type AccessDecision,
  type Authorize,
  type CollabUser,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  silentLogger,
} from './types.js'
export { attachCollab, type CollabRouteOptions, CollabSocket, mountCollabHttp } from './wsRoute.js'
