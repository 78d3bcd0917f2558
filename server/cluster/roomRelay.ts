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
  publishRoom(
    room: string,
    kind: (typeof FRAME)['update' | 'awareness' | 'syncRequest'],
    payload: Uint8Array,
  ): void
  replyTo(
    instance: string,
    room: string,
    kind: (typeof FRAME)['syncReply' | 'awareness'],
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
    if (origin !== REMOTE) this.bus.publishRoom(this.room.name, FRAME.update, update)
  }

  private readonly onAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const owners = this.room.awarenessOwners
    const own = added.concat(updated, removed).filter((id) => !isRemote(owners.get(id)))
    for (const id of removed) if (isRemote(owners.get(id))) owners.delete(id)
    if (origin !== REMOTE && own.length)
      this.bus.publishRoom(this.room.name, FRAME.awareness, encodeAwarenessUpdate(this.room.awareness, own))
  }

  /** Ask the other instances for what this one lacks (on load, on reconnect, periodically). */
  requestSync(): void {
    this.bus.publishRoom(this.room.name, FRAME.syncRequest, Y.encodeStateVector(this.room.doc))
  }

  /** Send our own presence again (after Redis returns). */
  announcePresence(to?: string): void {
    const ids = this.ownPresenceIds()
    if (!ids.length) return
    const update = encodeAwarenessUpdate(this.room.awareness, ids)
    if (to) this.bus.replyTo(to, this.room.name, FRAME.awareness, update)
    else this.bus.publishRoom(this.room.name, FRAME.awareness, update)
  }

  private ownPresenceIds(): number[] {
    const owners = this.room.awarenessOwners
    return [...this.room.awareness.getStates().keys()].filter(
      (id) => owners.has(id) && !isRemote(owners.get(id)),
    )
  }

  /** Handle a frame of another instance for this room. */
  receive(frame: Frame): void {
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
    const presence = this.presences.get(instance)
    if (!presence) return
    const ids = [...this.room.awarenessOwners].filter(([, o]) => o === presence).map(([id]) => id)
    for (const id of ids) this.room.awarenessOwners.delete(id)
    if (ids.length) removeAwarenessStates(this.room.awareness, ids, REMOTE)
    this.presences.delete(instance)
  }
}
