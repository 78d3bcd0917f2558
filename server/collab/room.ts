/**
 * One loaded room: its Y.Doc, the awareness of its peers, its connections and its save schedule.
 * Broadcasts are driven by `doc.on('update')`, so changes made over REST (via `getDoc`) reach the
 * editors exactly like changes made by another editor.
 */
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { RoomStore } from '../storage/roomFiles.js'
import type { Connection } from './connection.js'
import type { RoomFanout } from './fanout.js'
import { binaryFrame } from './frame.js'
import { SaveScheduler, type SaveTiming } from './persistence.js'
import { encodeAwareness, encodeUpdate } from './protocol.js'
import { type RoomRules, type RoomSizeCaps, ShadowGuard } from './shadowGuard.js'
import type { CollabLogger } from './types.js'

/** What a room needs from its manager. */
export type RoomDeps = {
  store: RoomStore
  fanout: RoomFanout
  timing: SaveTiming
  log: CollabLogger
  /** Called when the room may be idle (no connections, saved); the manager decides on unloading. */
  onMaybeIdle: (room: Room) => void
  /** Called when a started connection left (the manager keeps its per-user count). */
  onLeave?: (conn: Connection) => void
  /** Called when the last connection left (the manager saves at once). */
  onEmpty: (room: Room) => void
  /** Relays the room to other instances (Redis); absent for a single instance. */
  bus?: RoomBus
  /** The rules client updates must keep in this room (none: clients write freely). */
  rulesFor?: (room: string) => RoomRules | null
  sizeCaps: RoomSizeCaps
}

/** Connects a loaded room to other instances: `synced` resolves once it holds what they hold. */
export type RoomBus = { attach(room: Room): { detach(): void; synced: Promise<void> } }

/** Presence owned by a connection on another instance (see `server/cluster/roomRelay.ts`). */
export type RemotePresence = { readonly remoteInstance: string }

/** A loaded room. */
export class Room {
  readonly conns = new Set<Connection>()
  /** The connection that brought each awareness client id, so a close removes exactly its own ids. */
  readonly awarenessOwners = new Map<number, Connection | RemotePresence>()
  readonly awareness: Awareness
  readonly saver: SaveScheduler
  lastTouched = Date.now()
  lastSavedBytes: number | null = null
  unloaded = false
  /** Tries client updates against the room's rules before they reach `doc` (null: no rules). */
  readonly guard: ShadowGuard | null
  private readonly unsubscribe: () => void
  private readonly detachBus: () => void
  /** Resolves once other instances' unsaved edits are in (at once without a bus). */
  readonly busSynced: Promise<void>

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly deps: RoomDeps,
  ) {
    this.awareness = new Awareness(doc)
    this.awareness.setLocalState(null) // the server itself is not a peer
    const rules = deps.rulesFor?.(name) ?? null
    this.guard = rules ? new ShadowGuard(doc, rules, deps.sizeCaps) : null
    this.saver = new SaveScheduler(() => this.save(), deps.timing, {
      onSaved: () => deps.onMaybeIdle(this),
      onFailed: (err, attempt) =>
        deps.log.error('room save failed; kept in memory, will retry', {
          room: name,
          attempt,
          error: String(err),
        }),
    })
    this.unsubscribe = deps.fanout.subscribe(name, (msg, fromConn) => {
      // Framed once for every recipient (frame.ts), made only when someone is to receive it.
      let frame: Buffer | null = null
      for (const conn of this.conns) {
        if (conn === fromConn) continue
        frame ??= binaryFrame(msg)
        conn.sendFramed(frame, msg)
      }
    })
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.unloaded) {
        deps.log.error('change to an unloaded room is not saved', { room: name })
        return
      }
      this.lastTouched = Date.now()
      this.saver.markDirty()
      deps.fanout.publish(name, encodeUpdate(update), origin)
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const changed = added.concat(updated, removed)
      // Everyone gets it, the sender too: a lone client is kept alive by its own echoed renewals.
      if (changed.length) deps.fanout.publish(name, encodeAwareness(this.awareness, changed))
    })
    const link = deps.bus?.attach(this)
    this.detachBus = link ? () => link.detach() : () => undefined
    this.busSynced = link ? link.synced : Promise.resolve()
  }

  /** Store a full snapshot of the doc. */
  private async save(): Promise<void> {
    const state = Y.encodeStateAsUpdate(this.doc)
    await this.deps.store.store(this.name, state)
    this.lastSavedBytes = state.byteLength
  }

  /** A connection left; the last one leaving triggers a save. */
  afterLeave(conn: Connection): void {
    this.lastTouched = Date.now()
    this.deps.onLeave?.(conn)
    if (this.conns.size === 0) this.deps.onEmpty(this)
  }

  /** Whether the room may be unloaded now. */
  isIdle(): boolean {
    return this.conns.size === 0 && !this.saver.dirty && !this.saver.saving
  }

  /** Detach from fan-out, stop timers and free the doc (after a final save by the caller). */
  dispose(): void {
    this.unloaded = true
    this.saver.dispose()
    this.unsubscribe()
    this.detachBus()
    this.guard?.dispose()
    this.awareness.destroy()
  }
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }
