/**
 * One group room's state, given by context to the header, the draft and the side panel instead of
 * being passed through every layer as props. The workspace builds it from small hooks: the room's
 * data (`useRoomState`), where the person is (`useRoomNavigation`), suggestions, stepping and marking.
 */
import { createContext, useContext } from 'react'
import type { RoomNavigation } from './useRoomNavigation'
import type { RoomState } from './useRoomState'
import type { RoomSuggestions } from './useRoomSuggestions'

/** Everything a part of the room may read or do. */
export type RoomContextValue = RoomState & {
  nav: RoomNavigation
  suggestions: RoomSuggestions
  /** next (1) / previous (-1) finding or suggestion, in draft order */
  step: (delta: 1 | -1) => void
  /** mark the current selection as a finding (false when there is nothing to mark) */
  makeFinding: () => boolean
}

/** The room's context; provided by `RoomWorkspace`. */
export const RoomContext = createContext<RoomContextValue | null>(null)

/** The room this component is part of. */
export function useRoomContext(): RoomContextValue {
  const room = useContext(RoomContext)
  if (!room) throw new Error('useRoomContext: not inside a group room')
  return room
}
