/** The side panel: findings (list or one finding's detail), checklist, outline, suggestions and the room's activity. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { spanToRange } from '../../editor/draftIndex'
import { buildOutline } from '../drafts/draftView'
import { Outline } from '../drafts/Outline'
import { AuditTrail } from './AuditTrail'
import { Checklist } from './Checklist'
import { FindingDetail } from './FindingDetail'
import { FindingList } from './FindingList'
import { factorNameOf } from './packText'
import { useRoomContext } from './RoomContext'
import { SuggestionsPanel } from './SuggestionsPanel'

/** The panel's tabs. */
export type PanelTab = 'findings' | 'checklist' | 'outline' | 'suggestions' | 'activity'
const TABS: PanelTab[] = ['findings', 'checklist', 'outline', 'suggestions', 'activity']

/** The side panel. */
export function RoomPanel() {
  const { t } = useTranslation('room')
  const room = useRoomContext()
  const { nav, suggestions, index } = room
  const units = room.draft.units
  const selected = nav.selectedId ? room.findings.find((f) => f.id === nav.selectedId) : undefined
  const outline = useMemo(() => buildOutline(units), [units])
  const labelOf = (unitId: string): string => index.units[index.order.get(unitId) ?? -1]?.label ?? ''
  const onTabKey = (e: React.KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
    const i = TABS.indexOf(nav.tab)
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!
    nav.setTab(next)
    document.getElementById(`room-tab-${next}`)?.focus()
  }
  return (
    <aside className="room-panel" aria-label={t('panel')}>
      <div className="tabs" role="tablist" aria-label={t('panel')} onKeyDown={onTabKey}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`room-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={nav.tab === tab}
            aria-controls="room-tabpanel"
            tabIndex={nav.tab === tab ? 0 : -1}
            className="tab"
            data-testid={`tab-${tab}`}
            onClick={() => nav.setTab(tab)}
          >
            {t(`tab.${tab}`)}
            {tab === 'findings' ? <span className="tab-count">{room.findings.length}</span> : null}
            {tab === 'suggestions' && nav.showSuggestions ? (
              <span className="tab-count">{suggestions.list.length}</span>
            ) : null}
          </button>
        ))}
      </div>
      {nav.tab === 'findings' || (nav.tab === 'suggestions' && nav.showSuggestions) ? (
        <div className="panel-step" role="group" aria-label={t('step.label')}>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => room.step(-1)}
            aria-keyshortcuts="Alt+ArrowUp"
            data-testid="step-prev"
          >
            ↑ {t('step.prev')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => room.step(1)}
            aria-keyshortcuts="Alt+ArrowDown"
            data-testid="step-next"
          >
            ↓ {t('step.next')}
          </button>
        </div>
      ) : null}
      <div className="tabpanel" id="room-tabpanel" role="tabpanel" aria-labelledby={`room-tab-${nav.tab}`}>
        {nav.tab === 'findings' ? (
          selected ? (
            <FindingDetail
              key={selected.id}
              doc={room.doc}
              provider={room.provider}
              finding={selected}
              findingMap={room.store.getMap(selected.id)}
              pack={room.pack}
              lang={room.lang}
              me={room.me}
              readOnly={room.readOnly}
              pickerOpen={nav.pickerOpen}
              setPickerOpen={nav.setPickerOpen}
              onShowInDraft={() => nav.showFinding(selected.id)}
              onClose={() => {
                nav.setPickerOpen(false)
                nav.closeDetail()
              }}
            />
          ) : (
            <FindingList
              findings={room.findings}
              index={index}
              pack={room.pack}
              lang={room.lang}
              peers={room.peers}
              selectedId={nav.selectedId}
              onSelect={(id) => {
                nav.setPickerOpen(false)
                nav.showFinding(id)
              }}
              emptyHint={room.readOnly ? t('list.emptyReadOnly') : t('list.emptyHint')}
            />
          )
        ) : null}
        {nav.tab === 'checklist' ? (
          <Checklist doc={room.doc} units={units} readOnly={room.readOnly} onShow={nav.showUnit} />
        ) : null}
        {nav.tab === 'outline' ? (
          <Outline entries={outline} onJump={(i) => nav.showUnit(units[i]?.id ?? '')} />
        ) : null}
        {nav.tab === 'suggestions' ? (
          nav.showSuggestions ? (
            <SuggestionsPanel
              suggestions={suggestions.list}
              pack={room.pack}
              lang={room.lang}
              labelOf={labelOf}
              readOnly={room.readOnly}
              failed={suggestions.failed}
              focusedKey={nav.focusedSuggestion}
              onShow={(s) => nav.showRange(spanToRange(index, s))}
              onAccept={suggestions.accept}
              onDismiss={suggestions.dismiss}
            />
          ) : (
            <p className="muted">{t('suggestions.hidden')}</p>
          )
        ) : null}
        {nav.tab === 'activity' ? (
          <AuditTrail doc={room.doc} lang={room.lang} factorName={factorNameOf(room.pack, room.lang)} />
        ) : null}
      </div>
    </aside>
  )
}
