/**
 * Room fan-out: how one room's outgoing messages reach every connection of that room.
 *
 * Behind one small interface so a cross-process transport (e.g. Redis pub/sub) can replace the
 * in-process one later without touching the protocol or the registry.
 */

/** Receives a room message; `fromConn` is the connection that caused it, which may be skipped. */
export type FanoutHandler = (msg: Uint8Array, fromConn?: unknown) => void

/** Publish/subscribe per room name. */
export interface RoomFanout {
  /** Deliver `msg` to every subscriber of `room`. */
  publish(room: string, msg: Uint8Array, fromConn?: unknown): void
  /** Receive the room's messages until the returned function is called. */
  subscribe(room: string, onMsg: FanoutHandler): () => void
}

/** Single-process fan-out: a Map of handler sets; a throwing handler never stops the others. */
export class LocalFanout implements RoomFanout {
  private readonly handlers = new Map<string, Set<FanoutHandler>>()

  constructor(private readonly onHandlerError: (err: unknown) => void = () => undefined) {}

  publish(room: string, msg: Uint8Array, fromConn?: unknown): void {
    const set = this.handlers.get(room)
    if (!set) return
    for (const handler of set) {
      try {
        handler(msg, fromConn)
      } catch (err) {
        this.onHandlerError(err)
      }
    }
  }

  subscribe(room: string, onMsg: FanoutHandler): () => void {
    let set = this.handlers.get(room)
    if (!set) {
      set = new Set()
      this.handlers.set(room, set)
    }
    set.add(onMsg)
    return () => {
      set.delete(onMsg)
      if (set.size === 0 && this.handlers.get(room) === set) this.handlers.delete(room)
    }
  }
}
