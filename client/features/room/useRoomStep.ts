/**
 * Next / previous in the room: through the suggestions while their tab is open and shown, otherwise
 * through the findings, in draft order; bound to Alt+↓ / Alt+↑ as well.
 */
import { useCallback } from 'react'
import { spanToRange } from '../../editor/draftIndex'
import { inDraftOrder, stepFrom, useStepKeys } from './stepping'
import { suggestionKey } from './types'
import type { RoomNavigation } from './useRoomNavigation'
import type { RoomState } from './useRoomState'
import type { RoomSuggestions } from './useRoomSuggestions'

const findingId = (f: { id: string }): string => f.id

/** The step action (1 = next, -1 = previous), also on the keyboard. */
export function useRoomStep(
  state: RoomState,
  nav: RoomNavigation,
  suggestions: RoomSuggestions,
): (delta: 1 | -1) => void {
  const { index, findings } = state
  const {
    tab,
    showSuggestions,
    focusedSuggestion,
    setFocusedSuggestion,
    showRange,
    selectedId,
    showFinding,
  } = nav
  const list = suggestions.list
  const step = useCallback(
    (delta: 1 | -1): void => {
      if (tab === 'suggestions' && showSuggestions) {
        const next = stepFrom(
          inDraftOrder(list, index, suggestionKey),
          suggestionKey,
          focusedSuggestion,
          delta,
        )
        if (!next) return
        setFocusedSuggestion(suggestionKey(next))
        showRange(spanToRange(index, next))
        return
      }
      const next = stepFrom(inDraftOrder(findings, index, findingId), findingId, selectedId, delta)
      if (next) showFinding(next.id)
    },
    [
      tab,
      showSuggestions,
      list,
      index,
      focusedSuggestion,
      setFocusedSuggestion,
      showRange,
      findings,
      selectedId,
      showFinding,
    ],
  )
  useStepKeys(step)
  return step
}
