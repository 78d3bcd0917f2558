/**
 * One loaded room on the Redis bus: local edits and presence go out as one frame each; frames of
 * other instances are applied with the `REMOTE` origin, so the room fans them out to its own sockets
 * but never publishes them again. Presence that came from another instance is owned by that instance
 * (a `RemotePresence` in the room's owner map), so local sockets echoing it can't claim it, and it
 * is removed when that instance says so or stops renewing its heartbeat.
 */
import * as decoding from 'lib0/decoding'
import { applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Connection } from '../collab/connection.js'
import type { RemotePresence, Room } from '../collab/room.js'
import { FRAME, type Frame } from './frames.js'

/** The origin of changes that arrived from another instance. */
export const REMOTE = Symbol('remote instance')

/** What a relay needs from the bus. */
export type RelayBus = {
  readonly id: string
  /** Publish on the room's channel with the frame's sequence number. */
  publishRoom(
    room: string,
    kind: (typeof FRAME)['update' | 'awareness' | 'syncRequest'],
    seq: number,
    payload: Uint8Array,
  ): void
  replyTo(
    instance: string,
    room: string,
    kind: (typeof FRAME)['syncReply' | 'awareness' | 'syncRequest'],
    payload: Uint8Array,
  ): void
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] }

/** Client ids in an awareness update (y-protocols encoding). */
function awarenessIds(update: Uint8Array): number[] {
  const d = decoding.createDecoder(update)
  const n = decoding.readVarUint(d)
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    ids.push(decoding.readVarUint(d))
    decoding.readVarUint(d)
    decoding.readVarString(d)
  }
  return ids
}

const isRemote = (owner: Connection | RemotePresence | undefined): owner is RemotePresence =>
  owner !== undefined && 'remoteInstance' in owner

/** Relays one room; `detach` stops it. */
export class RoomRelay {
  private readonly presences = new Map<string, RemotePresence>()
  /** Frames this instance sent (or could not send) on the room's channel. */
  private sent = 0
  /** Per other instance: the sequence number of its last frame on the room's channel. */
  private readonly lastSeq = new Map<string, number>()
  /** Sync requests sent because of a gap (figures and tests). */
  gapResyncs = 0
  /** Called on each answer to our sync request (the bus settles a loading room with it). */
  onSyncReply?: () => void

  constructor(
    readonly room: Room,
    private readonly bus: RelayBus,
  ) {
    room.doc.on('update', this.onDocUpdate)
    room.awareness.on('update', this.onAwareness)
  }

  detach(): void {
    this.room.doc.off('update', this.onDocUpdate)
    this.room.awareness.off('update', this.onAwareness)
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== REMOTE) this.publish(FRAME.update, update)
  }

  /** Every frame on the room's channel takes the next number, also when it can't be sent. */
  private publish(kind: (typeof FRAME)['update' | 'awareness' | 'syncRequest'], payload: Uint8Array): void {
    this.sent = (this.sent + 1) >>> 0
    this.bus.publishRoom(this.room.name, kind, this.sent, payload)
  }

  private readonly onAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const owners = this.room.awarenessOwners
    const own = added.concat(updated, removed).filter((id) => !isRemote(owners.get(id)))
    for (const id of removed) if (isRemote(owners.get(id))) owners.delete(id)
    if (origin !== REMOTE && own.length)
      this.publish(FRAME.awareness, encodeAwarenessUpdate(this.room.awareness, own))
  }

  /** Ask the other instances for what this one lacks (on load, on reconnect, periodically). */
  requestSync(): void {
    this.publish(FRAME.syncRequest, Y.encodeStateVector(this.room.doc))
  }

  /** Ask one instance for what this one lacks (it answers without asking back). */
  private askInstance(instance: string): void {
    this.bus.replyTo(instance, this.room.name, FRAME.syncRequest, Y.encodeStateVector(this.room.doc))
  }

  /** Send our own presence again (after Redis returns). */
  announcePresence(to?: string): void {
    const ids = this.ownPresenceIds()
    if (!ids.length) return
    const update = encodeAwarenessUpdate(this.room.awareness, ids)
    if (to) this.bus.replyTo(to, this.room.name, FRAME.awareness, update)
    else this.publish(FRAME.awareness, update)
  }

  private ownPresenceIds(): number[] {
    const owners = this.room.awarenessOwners
    return [...this.room.awareness.getStates().keys()].filter(
      (id) => owners.has(id) && !isRemote(owners.get(id)),
    )
  }

  /**
   * Handle a frame of another instance for this room; `direct` when it came on our instance channel.
   * A frame on the room channel whose number skips one means we missed something of its sender
   * (Redis dropped it, or either side was cut off): ask that instance for what we lack.
   */
  receive(frame: Frame, direct = false): void {
    if (!direct) {
      const last = this.lastSeq.get(frame.from)
      this.lastSeq.set(frame.from, frame.seq)
      if (last !== undefined && frame.seq !== (last + 1) >>> 0 && frame.kind !== FRAME.syncRequest) {
        this.gapResyncs++
        this.askInstance(frame.from)
      }
    }
    switch (frame.kind) {
      case FRAME.update:
        Y.applyUpdate(this.room.doc, frame.payload, REMOTE)
        return
      case FRAME.syncReply:
        if (frame.payload.byteLength > 2) Y.applyUpdate(this.room.doc, frame.payload, REMOTE)
        this.onSyncReply?.()
        return
      case FRAME.awareness:
        this.applyRemotePresence(frame.from, frame.payload)
        return
      case FRAME.syncRequest: {
        // Always answer (an empty update is two bytes): a room being loaded waits for one answer.
        const missing = Y.encodeStateAsUpdate(this.room.doc, frame.payload)
        this.bus.replyTo(frame.from, this.room.name, FRAME.syncReply, missing)
        this.announcePresence(frame.from)
        // A request to the whole room (a load, a reconnect, the periodic one) is an exchange: the
        // requester may hold edits we lack too (both sides kept editing while Redis was down).
        if (!direct) this.askInstance(frame.from)
        return
      }
    }
  }

  private applyRemotePresence(instance: string, update: Uint8Array): void {
    const owners = this.room.awarenessOwners
    let presence = this.presences.get(instance)
    if (!presence) {
      presence = { remoteInstance: instance }
      this.presences.set(instance, presence)
    }
    const ids = awarenessIds(update)
    // Mark ownership first, so the update event does not take these ids for ours.
    for (const id of ids) if (!owners.has(id)) owners.set(id, presence)
    applyAwarenessUpdate(this.room.awareness, update, REMOTE)
    const states = this.room.awareness.getStates()
    for (const id of ids) if (!states.has(id) && owners.get(id) === presence) owners.delete(id)
  }

  /** Instances whose presence is shown in this room. */
  remoteInstances(): string[] {
    const owners = [...this.room.awarenessOwners.values()]
    return [...this.presences.keys()].filter((i) => owners.includes(this.presences.get(i) as RemotePresence))
  }

  /** Remove every presence of an instance that died. */
  dropInstance(instance: string): void {
    this.lastSeq.delete(instance)
    const presence = this.presences.get(instance)
    if (!presence) return
    const ids = [...this.room.awarenessOwners].filter(([, o]) => o === presence).map(([id]) => id)
    for (const id of ids) this.room.awarenessOwners.delete(id)
    if (ids.length) removeAwarenessStates(this.room.awareness, ids, REMOTE)
    this.presences.delete(instance)
  }
}
