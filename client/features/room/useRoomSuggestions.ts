/**
 * The detector's suggestions in a room: loaded after the room's first sync (so dismissed and accepted
 * ones are known), drawn in the draft while shown, and accepted or dismissed by the person.
 */
import { useEffect, useState } from 'react'
import { acceptSuggestion, dismissSuggestion } from './actions'
import { useSuggestionLayer } from './roomLayers'
import type { Suggestion } from './types'
import type { RoomNavigation } from './useRoomNavigation'
import type { RoomState } from './useRoomState'

/** The open suggestions and what the person can do with one. */
export type RoomSuggestions = {
  list: Suggestion[]
  failed: boolean
  accept: (s: Suggestion) => void
  dismiss: (s: Suggestion) => void
}

/** Suggestions of the room, with their draft layer. */
export function useRoomSuggestions(state: RoomState, nav: RoomNavigation): RoomSuggestions {
  const { room, doc, draft, review, pack, lang, index, findings, group, me } = state
  const [everSynced, setEverSynced] = useState(false)
  useEffect(() => {
    if (room.synced || room.status === 'offline') setEverSynced(true)
  }, [room.synced, room.status])
  const { list, failed } = useSuggestionLayer({
    editor: nav.editor,
    doc,
    draft,
    review,
    pack,
    lang,
    index,
    findings,
    visible: nav.showSuggestions,
    ready: everSynced,
  })
  return {
    list,
    failed,
    accept: (s) => {
      const id = acceptSuggestion(doc, index, s, group.id, { id: me.id, name: me.name })
      if (id) nav.showFinding(id)
    },
    dismiss: (s) => dismissSuggestion(doc, s, { id: me.id, name: me.name }),
  }
}
