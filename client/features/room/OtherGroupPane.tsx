/**
 * Reveal: another group's room opened read-only beside one's own. Its findings are listed here and
 * outlined in the draft (the `others` layer) so the two groups can be compared span by span.
 */
import type { Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Actor } from '../../../shared/collab/roomDoc'
import type { GroupView } from '../../../shared/domain/review'
import { useFindingList, useFindingsStore } from '../../collab/useFindings'
import { useRoom } from '../../collab/useRoom'
import { type DraftIndex, spanToRange } from '../../editor/draftIndex'
import { ConnectionStatus } from './ConnectionStatus'
import { FindingDetail } from './FindingDetail'
import { FindingList } from './FindingList'
import { bindFindingLayer } from './findingLayer'
import type { Pack } from './types'

/** Props of the other group's pane. */
export type OtherGroupPaneProps = {
  group: GroupView
  index: DraftIndex
  pack: Pack | null
  lang: string
  me: Actor & { color: string }
  editor: Editor | null
  onReveal: (range: { from: number; to: number }) => void
  onClose: () => void
}

/** The read-only pane of another group. */
export function OtherGroupPane(p: OtherGroupPaneProps) {
  const { t } = useTranslation('room')
  const room = useRoom(p.group.room, { readOnly: true })
  const store = useFindingsStore(room.doc, p.group.id)
  const findings = useFindingList(store)
  const [selected, setSelected] = useState<string | null>(null)
  const { editor, index, pack } = p

  useEffect(() => {
    if (!editor) return
    return bindFindingLayer(editor, store, index, pack, 'others')
  }, [editor, store, index, pack])

  const finding = selected ? findings.find((f) => f.id === selected) : undefined
  const reveal = (id: string): void => {
    const f = store.get(id)
    const range = f ? spanToRange(index, f) : null
    if (range) p.onReveal(range)
  }
  return (
    <aside
      className="room-other"
      aria-label={t('reveal.paneLabel', { name: p.group.name })}
      data-testid="other-group-pane"
    >
      <div className="other-head">
        <h3>{t('reveal.paneTitle', { name: p.group.name })}</h3>
        <ConnectionStatus status={room.status} synced={room.synced} closeCode={room.closeCode} />
        <button type="button" className="btn btn-ghost" onClick={p.onClose} aria-label={t('reveal.close')}>
          ×
        </button>
      </div>
      <p className="muted">{t('reveal.readOnly')}</p>
      {finding ? (
        <FindingDetail
          doc={room.doc}
          provider={null}
          finding={finding}
          findingMap={store.getMap(finding.id)}
          pack={pack}
          lang={p.lang}
          me={p.me}
          readOnly
          pickerOpen={false}
          setPickerOpen={() => undefined}
          onShowInDraft={() => reveal(finding.id)}
          onClose={() => setSelected(null)}
        />
      ) : (
        <FindingList
          findings={findings}
          index={index}
          pack={pack}
          lang={p.lang}
          peers={[]}
          selectedId={selected}
          onSelect={(id) => {
            setSelected(id)
            reveal(id)
          }}
          emptyHint={room.synced ? t('reveal.noFindings') : t('connection.syncing')}
        />
      )}
    </aside>
  )
}
