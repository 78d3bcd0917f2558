/**
 * One WebSocket peer in a room: rate limits, decoding, read-only enforcement; its presence bookkeeping
 * is in presence.ts.
 * Any error in here closes this socket only; the room and other peers carry on.
 *
 * Kept small, since an idle connection is mostly this object: the rate limits are two numbers, the
 * presence ids an array made on first use, and the access re-check is the route's shared `authorize`
 * with this connection's credentials (no closure per socket).
 */
import * as Y from 'yjs'
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import { corkForTurn } from './cork.js'
import { applyPeerAwareness, isAwarenessEcho, NO_IDS, releasePresence } from './presence.js'
import {
  type ClientMessage,
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  ProtocolError,
} from './protocol.js'
import { spend } from './rateLimit.js'
import type { Room } from './room.js'
import { RoomRuleViolation } from './shadowGuard.js'
import {
  type AccessDecision,
  type Authorize,
  type CollabLogger,
  type CollabUser,
  type ConnectionLimits,
  closeReason,
  type SocketLike,
} from './types.js'

/** What the route decided for a connection, and what identifies the caller for later re-checks. */
export type ConnectionAccess = { readOnly: boolean; user: CollabUser; credentials?: string | null }

/** A peer connected to a room. */
export class Connection {
  readOnly: boolean
  user: CollabUser
  /** The upgrade request's session token (or null), for re-checks; the request itself is not kept. */
  readonly credentials: string | null
  /** Cleared by each keepalive round; set again by a pong or any message. */
  alive = true
  closed = false
  /** Updates dropped because the connection is read-only (figures and tests). */
  droppedUpdates = 0
  /** Presence (awareness) client ids this peer brought; usually one. */
  awarenessIds: readonly number[] = NO_IDS
  /** When the message and byte buckets are full again (see rateLimit.ts); 0 = never used. */
  private messagesFullAt = 0
  private bytesFullAt = 0

  constructor(
    readonly room: Room,
    private readonly socket: SocketLike,
    access: ConnectionAccess,
    /** The route's authorize, re-run by `recheck` (refreshAccess) with this connection's credentials. */
    private readonly authorize: Authorize,
    private readonly limits: ConnectionLimits,
    private readonly log: CollabLogger,
  ) {
    this.readOnly = access.readOnly
    this.user = access.user
    this.credentials = access.credentials ?? null
  }

  /** Re-run the route's authorize for this connection (refreshAccess). */
  recheck(): Promise<AccessDecision> {
    return this.authorize(this.room.name, this.credentials)
  }

  /** Join the room and start the sync: our state vector, then everyone's presence. */
  start(): void {
    this.room.conns.add(this)
    this.send(encodeSyncStep1(this.room.doc))
    const states = [...this.room.awareness.getStates().keys()]
    if (states.length) this.send(encodeAwareness(this.room.awareness, states))
  }

  /** Send our state vector again, so the peer answers with every update we lack. */
  resync(): void {
    this.send(encodeSyncStep1(this.room.doc))
  }

  /** Handle one incoming frame (`ws` hands a Buffer; fragments arrive as a list). */
  receive(data: unknown, isBinary = true): void {
    if (this.closed) return
    this.alive = true
    try {
      const bytes = frameBytes(data, isBinary)
      const now = Date.now()
      const { limits } = this
      const bytesFullAt = spend(
        this.bytesFullAt,
        bytes.byteLength,
        limits.byteBurst,
        limits.bytesPerSecond,
        now,
      )
      if (bytesFullAt < 0) throw new ProtocolError('rate limit exceeded')
      this.bytesFullAt = bytesFullAt
      const msg = decodeClientMessage(bytes, limits)
      // y-websocket clients echo every awareness change they receive. An echo that changes nothing
      // must not use up the message budget, or one peer flooding presence would get every other
      // peer in the room closed (and 4400 stops their reconnects).
      // Such an echo changes nothing in the room either (every entry is at a clock we have), so it is
      // dropped here, before its JSON is even parsed.
      if (isAwarenessEcho(this, msg)) return
      const at = spend(this.messagesFullAt, 1, limits.messageBurst, limits.messagesPerSecond, now)
      if (at < 0) throw new ProtocolError('rate limit exceeded')
      this.messagesFullAt = at
      this.dispatch(msg)
    } catch (err) {
      const why = err instanceof ProtocolError ? err.message : `unexpected: ${String(err)}`
      this.log.warn('closing collab connection after a bad message', {
        room: this.room.name,
        user: this.user.id,
        why,
      })
      this.close(CLOSE_CODES.protocolError, why)
    }
  }

  private dispatch(msg: ClientMessage): void {
    const { doc, awareness } = this.room
    switch (msg.kind) {
      case 'syncStep1':
        this.send(encodeSyncStep2(doc, msg.stateVector))
        return
      case 'syncStep2':
      case 'update':
        if (this.readOnly) {
          this.droppedUpdates++
          return
        }
        this.applyUpdate(msg.update)
        return
      case 'awareness':
        applyPeerAwareness(this, msg.entries, this.limits.maxAwarenessClientsPerConnection)
        return
      case 'queryAwareness':
        this.send(encodeAwareness(awareness, [...awareness.getStates().keys()]))
        return
    }
  }

  /** Apply a peer's update: through the room's rules when it has some (refused whole, 4400), else directly. */
  private applyUpdate(update: Uint8Array): void {
    // Every y-websocket client answers our sync step 1 with its state, which for a fresh tab is the
    // empty update: it changes nothing, and through the guard it would build the room's shadow doc
    // (several KB per room) for an idle room.
    if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) return
    const { doc, guard } = this.room
    try {
      if (guard) guard.apply(update, this.user, this)
      else Y.applyUpdate(doc, update, this)
    } catch (err) {
      // The shadow that held the refused update is rebuilt without whatever other peers had pending
      // in it; asking them for their state again restores that.
      if (err instanceof RoomRuleViolation) for (const c of this.room.conns) if (c !== this) c.resync()
      throw new ProtocolError(`update rejected: ${(err as Error).message}`)
    }
  }

  /** Send a message; never throws (a dying or stuck socket is dropped instead). */
  send(msg: Uint8Array): void {
    this.sendFramed(null, msg)
  }

  /**
   * Send `msg`, already framed as `frame` (frame.ts) when the room frames it once for all its peers:
   * written straight to the TCP socket of a `ws` peer (no compression is negotiated, so `ws` has
   * nothing queued that this could overtake), else handed to `send`.
   */
  sendFramed(frame: Buffer | null, msg: Uint8Array): void {
    const { socket } = this
    if (this.closed || socket.readyState !== 1) return
    try {
      if ((socket.bufferedAmount ?? 0) > this.limits.maxBufferedBytes) {
        this.log.warn('dropping a collab peer that does not read', {
          room: this.room.name,
          user: this.user.id,
        })
        this.terminate()
        return
      }
      const tcp = socket._socket
      corkForTurn(tcp)
      if (frame && tcp?.write && socket.framesRaw) tcp.write(frame)
      else socket.send(msg)
    } catch (err) {
      this.log.warn('collab send failed', { room: this.room.name, error: String(err) })
    }
  }

  /** Close with a code; `detach` runs when the socket reports the close. */
  close(code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    try {
      this.socket.close(code, closeReason(reason))
    } catch {
      this.terminate()
    }
    this.detach()
  }

  /** One keepalive round: drop the peer if it missed the last ping, else ping it again. */
  keepalive(): void {
    if (!this.alive) {
      this.log.info('dropping a collab peer that stopped answering pings', {
        room: this.room.name,
        user: this.user.id,
      })
      this.terminate()
      return
    }
    this.alive = false
    try {
      this.socket.ping?.()
    } catch {
      this.terminate()
    }
  }

  /** Drop the TCP connection at once (dead or hostile peer). */
  terminate(): void {
    this.closed = true
    try {
      this.socket.terminate?.()
    } catch {
      // already gone
    }
    this.detach()
  }

  /** Leave the room: forget this peer and tell the others its presence is gone. Idempotent. */
  detach(): void {
    this.closed = true
    if (!this.room.conns.delete(this)) return
    releasePresence(this)
    this.room.afterLeave(this)
  }
}

/** The bytes of a binary frame; text frames are not part of the protocol. */
function frameBytes(data: unknown, isBinary: boolean): Uint8Array {
  if (!isBinary) throw new ProtocolError('text frames are not part of the protocol')
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (Array.isArray(data)) return Buffer.concat(data as Uint8Array[])
  throw new ProtocolError('unexpected frame data')
}
