/**
 * Which rules each room keeps: a review's group and consolidated rooms get `reviewRoomRules` with
 * their scope from the metadata, never from the room's contents.
 */
import { reviewRoomRules } from '../collab/invariants.js'
import type { RoomRules } from '../collab/shadowGuard.js'
import type { MetaStore } from '../storage/metaStore.js'
import { findRoom } from '../storage/reviews.js'

/** `rulesFor` for `createRoomManager`: unknown rooms get the strictest rules (nothing writable). */
export function roomRulesFrom(meta: MetaStore): (room: string) => RoomRules {
  return (room) => reviewRoomRules(findRoom(meta, room)?.groupId ?? '')
}
