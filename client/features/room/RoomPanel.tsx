/** The side panel: findings (list or one finding's detail), checklist, outline, suggestions and the room's activity. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { Actor } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'
import type { FindingSummary, FindingsStore } from '../../collab/findingsStore'
import type { Peer } from '../../collab/presence'
import type { DraftIndex } from '../../editor/draftIndex'
import { buildOutline } from '../drafts/draftView'
import { Outline } from '../drafts/Outline'
import { AuditTrail } from './AuditTrail'
import { Checklist } from './Checklist'
import { FindingDetail } from './FindingDetail'
import { FindingList } from './FindingList'
import { factorNameOf } from './packText'
import { SuggestionsPanel } from './SuggestionsPanel'
import type { Pack, Suggestion } from './types'

/** The panel's tabs. */
export type PanelTab = 'findings' | 'checklist' | 'outline' | 'suggestions' | 'activity'
const TABS: PanelTab[] = ['findings', 'checklist', 'outline', 'suggestions', 'activity']

/** Props of the panel (state lives in the workspace). */
export type RoomPanelProps = {
  tab: PanelTab
  setTab: (tab: PanelTab) => void
  doc: Y.Doc
  provider: WebsocketProvider | null
  store: FindingsStore
  findings: FindingSummary[]
  index: DraftIndex
  units: readonly Unit[]
  pack: Pack | null
  lang: string
  me: Actor & { color: string }
  peers: Peer[]
  readOnly: boolean
  selectedId: string | null
  onSelect: (id: string) => void
  onCloseDetail: () => void
  pickerOpen: boolean
  setPickerOpen: (open: boolean) => void
  suggestions: { list: Suggestion[]; failed: boolean }
  showSuggestions: boolean
  focusedSuggestion: string | null
  onShowSuggestion: (s: Suggestion) => void
  onAccept: (s: Suggestion) => void
  onDismiss: (s: Suggestion) => void
  onShowUnit: (unitId: string) => void
  /** next (1) / previous (-1) finding or suggestion, in draft order */
  onStep: (delta: 1 | -1) => void
}

/** The side panel. */
export function RoomPanel(p: RoomPanelProps) {
  const { t } = useTranslation('room')
  const selected = p.selectedId ? p.findings.find((f) => f.id === p.selectedId) : undefined
  const outline = useMemo(() => buildOutline(p.units), [p.units])
  const labelOf = (unitId: string): string => p.index.units[p.index.order.get(unitId) ?? -1]?.label ?? ''
  const onTabKey = (e: React.KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
    const i = TABS.indexOf(p.tab)
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!
    p.setTab(next)
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
            aria-selected={p.tab === tab}
            aria-controls="room-tabpanel"
            tabIndex={p.tab === tab ? 0 : -1}
            className="tab"
            data-testid={`tab-${tab}`}
            onClick={() => p.setTab(tab)}
          >
            {t(`tab.${tab}`)}
            {tab === 'findings' ? <span className="tab-count">{p.findings.length}</span> : null}
            {tab === 'suggestions' && p.showSuggestions ? (
              <span className="tab-count">{p.suggestions.list.length}</span>
            ) : null}
          </button>
        ))}
      </div>
      {p.tab === 'findings' || (p.tab === 'suggestions' && p.showSuggestions) ? (
        <div className="panel-step" role="group" aria-label={t('step.label')}>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => p.onStep(-1)}
            aria-keyshortcuts="Alt+ArrowUp"
            data-testid="step-prev"
          >
            ↑ {t('step.prev')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => p.onStep(1)}
            aria-keyshortcuts="Alt+ArrowDown"
            data-testid="step-next"
          >
            ↓ {t('step.next')}
          </button>
        </div>
      ) : null}
      <div className="tabpanel" id="room-tabpanel" role="tabpanel" aria-labelledby={`room-tab-${p.tab}`}>
        {p.tab === 'findings' ? (
          selected ? (
            <FindingDetail
              key={selected.id}
              doc={p.doc}
              provider={p.provider}
              finding={selected}
              findingMap={p.store.getMap(selected.id)}
              pack={p.pack}
              lang={p.lang}
              me={p.me}
              readOnly={p.readOnly}
              pickerOpen={p.pickerOpen}
              setPickerOpen={p.setPickerOpen}
              onShowInDraft={() => p.onSelect(selected.id)}
              onClose={() => {
                p.setPickerOpen(false)
                p.onCloseDetail()
              }}
            />
          ) : (
            <FindingList
              findings={p.findings}
              index={p.index}
              pack={p.pack}
              lang={p.lang}
              peers={p.peers}
              selectedId={p.selectedId}
              onSelect={(id) => {
                p.setPickerOpen(false)
                p.onSelect(id)
              }}
              emptyHint={p.readOnly ? t('list.emptyReadOnly') : t('list.emptyHint')}
            />
          )
        ) : null}
        {p.tab === 'checklist' ? (
          <Checklist doc={p.doc} units={p.units} readOnly={p.readOnly} onShow={p.onShowUnit} />
        ) : null}
        {p.tab === 'outline' ? (
          <Outline entries={outline} onJump={(i) => p.onShowUnit(p.units[i]?.id ?? '')} />
        ) : null}
        {p.tab === 'suggestions' ? (
          p.showSuggestions ? (
            <SuggestionsPanel
              suggestions={p.suggestions.list}
              pack={p.pack}
              lang={p.lang}
              labelOf={labelOf}
              readOnly={p.readOnly}
              failed={p.suggestions.failed}
              focusedKey={p.focusedSuggestion}
              onShow={p.onShowSuggestion}
              onAccept={p.onAccept}
              onDismiss={p.onDismiss}
            />
          ) : (
            <p className="muted">{t('suggestions.hidden')}</p>
          )
        ) : null}
        {p.tab === 'activity' ? (
          <AuditTrail doc={p.doc} lang={p.lang} factorName={factorNameOf(p.pack, p.lang)} />
        ) : null}
      </div>
    </aside>
  )
}
