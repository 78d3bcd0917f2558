/**
 * One WebSocket peer in a room: rate limits, decoding, read-only enforcement and awareness bookkeeping.
 * Any error in here closes this socket only; the room and other peers carry on.
 */
import { applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CLOSE_CODES } from '../../shared/collab/rooms.js'
import {
  type AwarenessEntry,
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  ProtocolError,
} from './protocol.js'
import { TokenBucket } from './rateLimit.js'
import type { Room } from './room.js'
import {
  type AccessDecision,
  type CollabLogger,
  type CollabUser,
  type ConnectionLimits,
  closeReason,
  type SocketLike,
} from './types.js'

type RawSocket = {
  ping?: () => void
  terminate?: () => void
  on?: (e: 'pong', f: () => void) => void
  bufferedAmount?: number
}

/** A peer connected to a room. */
export class Connection {
  readOnly: boolean
  user: CollabUser
  /** Cleared by each keepalive round; set again by a pong or any message. */
  alive = true
  closed = false
  /** Updates dropped because the connection is read-only (figures and tests). */
  droppedUpdates = 0
  readonly awarenessIds = new Set<number>()
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket

  constructor(
    readonly room: Room,
    private readonly socket: SocketLike,
    access: { readOnly: boolean; user: CollabUser },
    /** Re-runs the route's authorize for this connection's request (refreshAccess). */
    readonly recheck: () => Promise<AccessDecision>,
    private readonly limits: ConnectionLimits,
    private readonly log: CollabLogger,
  ) {
    this.readOnly = access.readOnly
    this.user = access.user
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond)
    this.bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond)
    this.raw?.on?.('pong', () => {
      this.alive = true
    })
  }

  private get raw(): RawSocket | undefined {
    return this.socket.raw as RawSocket | undefined
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

  /** Handle one incoming frame. */
  receive(data: unknown): void {
    if (this.closed) return
    this.alive = true
    try {
      if (!(data instanceof ArrayBuffer)) throw new ProtocolError('text frames are not part of the protocol')
      if (!this.messages.take(1) || !this.bytes.take(data.byteLength))
        throw new ProtocolError('rate limit exceeded')
      this.dispatch(new Uint8Array(data))
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

  private dispatch(frame: Uint8Array): void {
    const msg = decodeClientMessage(frame, this.limits)
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
        try {
          Y.applyUpdate(doc, msg.update, this)
        } catch (err) {
          throw new ProtocolError(`update rejected: ${(err as Error).message}`)
        }
        return
      case 'awareness':
        this.applyAwareness(msg.entries)
        return
      case 'queryAwareness':
        this.send(encodeAwareness(awareness, [...awareness.getStates().keys()]))
        return
    }
  }

  private applyAwareness(entries: AwarenessEntry[]): void {
    const { awareness, awarenessOwners } = this.room
    // The server's own (null) state can't be touched by peers.
    const own = entries.filter((e) => e.clientID !== awareness.clientID)
    if (!own.length) return
    applyAwarenessUpdate(awareness, encodeAwarenessEntries(own), this)
    // y-websocket clients re-send every awareness change they receive, so a client id belongs to
    // the first connection that brought it; relays by others don't move it.
    for (const e of own) {
      const owner = awarenessOwners.get(e.clientID)
      if (awareness.getStates().has(e.clientID)) {
        if (owner === undefined) {
          awarenessOwners.set(e.clientID, this)
          this.awarenessIds.add(e.clientID)
        }
      } else if (owner === this) {
        awarenessOwners.delete(e.clientID)
        this.awarenessIds.delete(e.clientID)
      }
    }
  }

  /** Send a frame; never throws (a dying or stuck socket is dropped instead). */
  send(msg: Uint8Array): void {
    if (this.closed || this.socket.readyState !== 1) return
    try {
      if ((this.raw?.bufferedAmount ?? 0) > this.limits.maxBufferedBytes) {
        this.log.warn('dropping a collab peer that does not read', {
          room: this.room.name,
          user: this.user.id,
        })
        this.terminate()
        return
      }
      this.socket.send(msg as Uint8Array<ArrayBuffer>)
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
      this.raw?.ping?.()
    } catch {
      this.terminate()
    }
  }

  /** Drop the TCP connection at once (dead or hostile peer). */
  terminate(): void {
    this.closed = true
    try {
      this.raw?.terminate?.()
    } catch {
      // already gone
    }
    this.detach()
  }

  /** Leave the room: forget this peer and tell the others its presence is gone. Idempotent. */
  detach(): void {
    this.closed = true
    if (!this.room.conns.delete(this)) return
    const ids = [...this.awarenessIds].filter((id) => this.room.awarenessOwners.get(id) === this)
    for (const id of ids) this.room.awarenessOwners.delete(id)
    this.awarenessIds.clear()
    if (ids.length) removeAwarenessStates(this.room.awareness, ids, null)
    this.room.afterLeave()
  }
}
