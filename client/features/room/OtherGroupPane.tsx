import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupView } from '../../../shared/domain/review'
import { useFindingList, useFindingsStore } from '../../collab/useFindings'
import { useRoom } from '../../collab/useRoom'
import { spanToRange } from '../../editor/draftIndex'
import { ConnectionStatus } from './ConnectionStatus'
import { FindingDetail } from './FindingDetail'
import { FindingList } from './FindingList'
import { bindFindingLayer } from './findingLayer'
import { useRoomContext } from './RoomContext'

/** Props of the other group's pane (the rest comes from this room's context). */
export type OtherGroupPaneProps = {
  group: GroupView
  onClose: () => void
}

/** The read-only pane of another group, outlined in this room's draft. */
export function OtherGroupPane(p: OtherGroupPaneProps) {
  const { t } = useTranslation('room')
  const { index, pack, lang, me, nav } = useRoomContext()
  const { editor } = nav
  const room = useRoom(p.group.room, { readOnly: true })
  const store = useFindingsStore(room.doc, p.group.id)
  const findings = useFindingList(store)
  const [selected, setSelected] = useState<string | null>(null)

  useEffect(() => {
    if (!editor) return
    return bindFindingLayer(editor, store, index, pack, 'others')
  }, [editor, store, index, pack])

  const finding = selected ? findings.find((f) => f.id === selected) : undefined
  const reveal = (id: string): void => {
    const f = store.get(id)
    const range = f ? spanToRange(index, f) : null
    if (range) nav.showRange(range)
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
          lang={lang}
          me={me}
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
          lang={lang}
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
