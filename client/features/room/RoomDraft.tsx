/** The draft side of the room: the selection bar and the read-only draft with its decoration layers. */
import { useTranslation } from 'react-i18next'
import { DraftView } from '../../editor/DraftView'
import { useRoomContext } from './RoomContext'
import { SelectionBar } from './SelectionBar'

/** The draft section; a click on a highlight opens its finding or suggestion. */
export function RoomDraft() {
  const { t } = useTranslation('room')
  const { draft, index, nav, makeFinding } = useRoomContext()
  return (
    <section className="room-draft" aria-label={t('draftLabel')}>
      <SelectionBar />
      <DraftView
        units={draft.units}
        index={index}
        label={t('draftLabel')}
        onReady={nav.setEditor}
        onSelection={nav.onSelection}
        onShortcut={makeFinding}
        onSpanClick={(hits) => {
          if (hits.findings?.length) nav.showFinding(hits.findings[hits.findings.length - 1]!, false)
          else if (hits.suggestions?.length) {
            nav.setPane('panel')
            nav.setTab('suggestions')
            nav.setFocusedSuggestion(hits.suggestions[0]!)
          }
        }}
      />
    </section>
  )
}
