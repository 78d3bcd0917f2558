/** The in-memory twin of `FileRoomStore`, for tests and throw-away servers. */
import { assertRoomName, type RoomStore } from './roomFiles.js'

/** Keeps room states in a Map; copies in and out so callers can't mutate what is stored. */
export class MemoryRoomStore implements RoomStore {
  readonly states = new Map<string, Uint8Array>()
  /** How many times `store` succeeded, per room (tests assert debounce behaviour with it). */
  readonly storeCounts = new Map<string, number>()

  async fetch(room: string): Promise<Uint8Array | null> {
    assertRoomName(room)
    const state = this.states.get(room)
    return state ? state.slice() : null
  }

  async store(room: string, state: Uint8Array): Promise<void> {
    assertRoomName(room)
    this.states.set(room, state.slice())
    this.storeCounts.set(room, (this.storeCounts.get(room) ?? 0) + 1)
  }

  async size(room: string): Promise<number | null> {
    return this.states.get(room)?.byteLength ?? null
  }
}
