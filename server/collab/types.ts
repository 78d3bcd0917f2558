/** Shapes shared by the collab engine's parts and its callers (the api wires `authorize`). */
import type { Logger } from '../log.js'

/** Who is on a connection; `role` (the app's) decides caps and the presence the server stamps. */
export type CollabUser = { id: string; name: string; role?: string }

/** The answer of `authorize` for one room and one request. */
export type AccessDecision =
  | { ok: true; readOnly: boolean; user: CollabUser }
  | { ok: false; code: 4401 | 4403 | 4404; reason: string }

/** Decides a caller's access to a room from the credentials of its upgrade request. */
export type Authorize = (room: string, credentials: string | null) => Promise<AccessDecision>

/** The part of a `ws` WebSocket the engine uses. */
export type SocketLike = {
  send(data: Uint8Array): void
  close(code?: number, reason?: string): void
  readonly readyState: number
  /** Unsent bytes (a peer that does not read is dropped past `maxBufferedBytes`). */
  readonly bufferedAmount?: number
  ping?(): void
  terminate?(): void
  /** The TCP socket under a `ws` WebSocket (corked during fan-out, see cork.ts). */
  readonly _socket?: { cork(): void; uncork(): void; destroyed?: boolean; write?(chunk: Uint8Array): boolean }
  /** True when frames built by frame.ts may be written to `_socket` directly (a plain `ws` socket). */
  readonly framesRaw?: boolean
}

/** Per-connection limits against hostile or broken peers. */
export type ConnectionLimits = {
  /** Burst and sustained message rate per connection. */
  messageBurst: number
  messagesPerSecond: number
  /** Burst and sustained bytes per connection. */
  byteBurst: number
  bytesPerSecond: number
  /** Largest JSON text of one awareness state, in UTF-16 units. */
  maxAwarenessStateBytes: number
  /** Most client entries in one awareness message (clients echo every change they see, so ≥ room size). */
  maxAwarenessEntries: number
  /** Most presence (awareness) ids one connection may own; a y-websocket client uses one. */
  maxAwarenessClientsPerConnection: number
  /** A peer whose unsent backlog exceeds this is dropped instead of buffering without bound. */
  maxBufferedBytes: number
}

/** Defaults: generous for fast typists and big pastes, tight enough to stop floods. */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  messageBurst: 1000,
  messagesPerSecond: 300,
  byteBurst: 32 * 1024 * 1024,
  bytesPerSecond: 8 * 1024 * 1024,
  maxAwarenessStateBytes: 64 * 1024,
  maxAwarenessEntries: 1024,
  maxAwarenessClientsPerConnection: 8,
  maxBufferedBytes: 64 * 1024 * 1024,
}

/** The logger shape the engine writes to (the server's `createLogger` satisfies it). */
export type CollabLogger = Pick<Logger, 'info' | 'warn' | 'error'>

/** A logger that drops everything (tests that expect noise). */
export const silentLogger: CollabLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}

/** Truncate a close reason to the 123 UTF-8 bytes a close frame allows. */
export function closeReason(reason: string): string {
  let out = reason
  while (Buffer.byteLength(out, 'utf8') > 123) out = out.slice(0, -1)
  return out
}
