/**
 * The group room once its data is loaded: header (status, presence, undo, suggestions, reveal),
 * the draft with its decoration layers, and the side panel (findings, checklist, suggestions, activity).
 */
import type { Editor } from '@tiptap/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftView as Draft } from '../../../shared/domain/draft'
import type { GroupView, PublicUser } from '../../../shared/domain/review'
import { onAccessChanged } from '../../collab/accessSignal'
import { publishSelection, publishUser, usePeers } from '../../collab/presence'
import { useFindingList, useFindingsStore } from '../../collab/useFindings'
import type { useRoom } from '../../collab/useRoom'
import { DraftView, revealRange } from '../../editor/DraftView'
import { buildDraftIndex, type SelectionSpan, spanToRange } from '../../editor/draftIndex'
import { patchLayerIn } from '../../editor/spanLayers'
import { readOnlyReason } from './access'
import { acceptSuggestion, dismissSuggestion } from './actions'
import { refusalKey } from './ConnectionStatus'
import { personColor } from './colors'
import { DuplicateMarkDialog } from './DuplicateMarkDialog'
import { bindFindingLayer } from './findingLayer'
import { OtherGroupPane } from './OtherGroupPane'
import { uiTag } from './packText'
import { RoomHeader } from './RoomHeader'
import { type PanelTab, RoomPanel } from './RoomPanel'
import { type RoomPane, RoomPaneSwitch } from './RoomPaneSwitch'
import { usePeerSelections, useSuggestionLayer } from './roomLayers'
import { SelectionBar } from './SelectionBar'
import { inDraftOrder, stepFrom, useStepKeys } from './stepping'
import { type Pack, type RoomReview, type Suggestion, suggestionKey } from './types'
import { useMakeFinding } from './useMakeFinding'
import { useUndo } from './useUndo'

/** Props of the loaded room. */
export type RoomWorkspaceProps = {
  review: RoomReview
  draft: Draft
  pack: Pack | null
  group: GroupView
  user: PublicUser
  ownGroupId: string | undefined
  refreshReview: () => void
  room: ReturnType<typeof useRoom>
}

const findingId = (f: { id: string }): string => f.id

/** The group room. */
export function RoomWorkspace({
  review,
  draft,
  pack,
  group,
  user,
  ownGroupId,
  refreshReview,
  room,
}: RoomWorkspaceProps) {
  const { t, i18n } = useTranslation('room')
  const lang = uiTag(i18n.language)
  const { doc, provider } = room
  const index = useMemo(() => buildDraftIndex(draft.units), [draft.units])
  const store = useFindingsStore(doc)
  const findings = useFindingList(store)
  const peers = usePeers(provider)
  const me = useMemo(
    () => ({ id: user.id, name: user.name, color: personColor(user.id) }),
    [user.id, user.name],
  )
  const [editor, setEditor] = useState<Editor | null>(null)
  const [selection, setSelection] = useState<SelectionSpan | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const [tab, setTab] = useState<PanelTab>('findings')
  // Narrow screens show the draft or the panel; wide screens ignore this.
  const [pane, setPane] = useState<RoomPane>('draft')
  const [showSuggestions, setShowSuggestions] = useState(
    () => localStorage.getItem('shaffof.suggestions') !== 'off',
  )
  const [focusedSuggestion, setFocusedSuggestion] = useState<string | null>(null)
  const [otherGroupId, setOtherGroupId] = useState<string>('')

  const reason =
    room.status === 'refused'
      ? 'refused'
      : readOnlyReason({
          role: user.role,
          ownGroupId,
          groupId: group.id,
          phase: review.phase,
          locked: review.locked ?? [],
        })
  const readOnly = reason !== null
  const undo = useUndo(doc, !readOnly)

  useEffect(() => {
    if (provider) publishUser(provider, me)
  }, [provider, me])
  // Phase or lock changes often come with a reconnect or a refusal: re-read the review then.
  useEffect(() => {
    if (room.status !== 'connecting') refreshReview()
  }, [room.status, refreshReview])
  // The server says so on the socket when the phase, a lock or membership changes: re-read at once.
  useEffect(
    () => (provider ? onAccessChanged(provider, refreshReview) : undefined),
    [provider, refreshReview],
  )
  useEffect(() => {
    if (editor) return bindFindingLayer(editor, store, index, pack)
  }, [editor, store, index, pack])
  usePeerSelections(editor, index, peers)
  const [everSynced, setEverSynced] = useState(false)
  useEffect(() => {
    if (room.synced || room.status === 'offline') setEverSynced(true)
  }, [room.synced, room.status])
  const suggestions = useSuggestionLayer({
    editor,
    doc,
    draft,
    review,
    pack,
    lang,
    index,
    findings,
    visible: showSuggestions,
    ready: everSynced,
  })

  const showFinding = useCallback(
    (id: string, scroll = true) => {
      setSelectedId(id)
      setTab('findings')
      const f = store.get(id)
      const range = f ? spanToRange(index, f) : null
      setPane(scroll ? 'draft' : 'panel')
      if (!editor || !range) return
      patchLayerIn(editor.view, 'focus', {
        reset: [{ id: 'focus', ...range, attrs: { class: 'hl hl-focus' } }],
      })
      if (scroll) revealRange(editor, range.from, range.to)
    },
    [editor, store, index],
  )
  useEffect(() => {
    if (!selectedId && editor && !editor.isDestroyed) patchLayerIn(editor.view, 'focus', { reset: [] })
  }, [selectedId, editor])
  // A finding deleted (by anyone) closes its detail.
  useEffect(() => {
    if (selectedId && !findings.some((f) => f.id === selectedId)) setSelectedId(null)
  }, [findings, selectedId])

  const showRange = useCallback(
    (range: { from: number; to: number } | null): void => {
      if (editor && range) {
        setPane('draft')
        patchLayerIn(editor.view, 'focus', {
          reset: [{ id: 'focus', ...range, attrs: { class: 'hl hl-focus' } }],
        })
        revealRange(editor, range.from, range.to)
      }
    },
    [editor],
  )
  const step = useCallback(
    (delta: 1 | -1): void => {
      if (tab === 'suggestions' && showSuggestions) {
        const next = stepFrom(
          inDraftOrder(suggestions.list, index, suggestionKey),
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
      suggestions.list,
      index,
      focusedSuggestion,
      showRange,
      findings,
      selectedId,
      showFinding,
    ],
  )
  useStepKeys(step)

  const marking = useMakeFinding({
    editor,
    doc,
    index,
    findings,
    selection,
    readOnly,
    groupId: group.id,
    me,
    onCreated: useCallback(
      (id: string) => {
        setPickerOpen(true)
        showFinding(id, false)
      },
      [showFinding],
    ),
    onOpen: useCallback((id: string) => showFinding(id), [showFinding]),
  })
  const { makeFinding } = marking

  const onSelection = useCallback(
    (span: SelectionSpan | null) => {
      setSelection(span)
      publishSelection(provider, span ? { unitId: span.unitId, start: span.start, end: span.end } : null)
    },
    [provider],
  )

  const onAccept = (s: Suggestion): void => {
    const id = acceptSuggestion(doc, index, s, group.id, { id: me.id, name: me.name })
    if (id) showFinding(id)
  }
  const onDismiss = (s: Suggestion): void => dismissSuggestion(doc, s, { id: me.id, name: me.name })
  const toggleSuggestions = (): void => {
    setShowSuggestions((v) => {
      localStorage.setItem('shaffof.suggestions', v ? 'off' : 'on')
      return !v
    })
  }
  const others = review.phase !== 'annotate' ? review.groups.filter((g) => g.id !== group.id) : []
  const otherGroup = others.find((g) => g.id === otherGroupId)

  return (
    <div
      className={`room${otherGroup ? ' has-other' : ''} pane-${pane}`}
      data-testid="group-room"
      data-read-only={readOnly ? reason : undefined}
    >
      <RoomHeader
        title={review.title}
        groupName={group.name}
        room={room}
        peers={peers}
        readOnly={readOnly}
        undo={undo}
        showSuggestions={showSuggestions}
        onToggleSuggestions={toggleSuggestions}
        others={others}
        otherGroupId={otherGroupId}
        onOtherGroup={setOtherGroupId}
      />
      {reason ? (
        <p className="read-only-banner" role="status" data-testid="read-only-banner" data-reason={reason}>
          {reason === 'refused' ? t(refusalKey(room.closeCode)) : t(`readOnly.${reason}`)}
        </p>
      ) : null}
      {room.status === 'offline' ? (
        <p className="offline-banner" role="status">
          {t('connection.offlineLong')}
        </p>
      ) : null}
      <RoomPaneSwitch pane={pane} onPane={setPane} findingCount={findings.length} />
      <div className="room-body">
        <section className="room-draft" aria-label={t('draftLabel')}>
          <SelectionBar selection={selection} index={index} readOnly={readOnly} onMark={makeFinding} />
          <DraftView
            units={draft.units}
            index={index}
            label={t('draftLabel')}
            onReady={setEditor}
            onSelection={onSelection}
            onShortcut={makeFinding}
            onSpanClick={(hits) => {
              if (hits.findings?.length) showFinding(hits.findings[hits.findings.length - 1]!, false)
              else if (hits.suggestions?.length) {
                setPane('panel')
                setTab('suggestions')
                setFocusedSuggestion(hits.suggestions[0]!)
              }
            }}
          />
        </section>
        <RoomPanel
          tab={tab}
          setTab={setTab}
          doc={doc}
          provider={provider}
          store={store}
          findings={findings}
          index={index}
          units={draft.units}
          pack={pack}
          lang={lang}
          me={me}
          peers={peers}
          readOnly={readOnly}
          selectedId={selectedId}
          onSelect={(id) => showFinding(id)}
          onCloseDetail={() => setSelectedId(null)}
          pickerOpen={pickerOpen}
          setPickerOpen={setPickerOpen}
          suggestions={suggestions}
          showSuggestions={showSuggestions}
          focusedSuggestion={focusedSuggestion}
          onShowSuggestion={(s) => showRange(spanToRange(index, s))}
          onAccept={onAccept}
          onDismiss={onDismiss}
          onStep={step}
          onShowUnit={(unitId) => {
            const i = index.order.get(unitId)
            setPane('draft')
            if (i !== undefined && editor) revealRange(editor, index.starts[i]!, index.starts[i]!)
          }}
        />
        <DuplicateMarkDialog
          duplicate={marking.duplicate}
          onOpen={marking.openExisting}
          onMarkAgain={marking.markAgain}
          onCancel={marking.cancel}
        />
        {otherGroup ? (
          <OtherGroupPane
            key={otherGroup.id}
            group={otherGroup}
            index={index}
            pack={pack}
            lang={lang}
            me={me}
            editor={editor}
            onReveal={showRange}
            onClose={() => setOtherGroupId('')}
          />
        ) : null}
      </div>
    </div>
  )
}
