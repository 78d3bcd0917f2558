/**
 * Where the person is in the room: the editor, the text selection, the open finding, the panel tab,
 * the narrow-screen pane, the factor picker, the suggestions switch and the other group shown at reveal;
 * and the moves between them (show a finding, a range or a unit in the draft).
 */
import type { Editor } from '@tiptap/react'
import { useCallback, useEffect, useState } from 'react'
import { publishSelection } from '../../collab/presence'
import { revealRange } from '../../editor/DraftView'
import { type SelectionSpan, spanToRange } from '../../editor/draftIndex'
import { patchLayerIn } from '../../editor/spanLayers'
import { bindFindingLayer } from './findingLayer'
import type { PanelTab } from './RoomPanel'
import type { RoomPane } from './RoomPaneSwitch'
import { usePeerSelections } from './roomLayers'
import type { RoomState } from './useRoomState'

/** A span of the draft as editor positions. */
export type DraftRange = { from: number; to: number }

/** The room's view state and its moves. */
export type RoomNavigation = {
  editor: Editor | null
  setEditor: (editor: Editor | null) => void
  /** the person's current text selection in the draft */
  selection: SelectionSpan | null
  onSelection: (span: SelectionSpan | null) => void
  /** the finding open in the panel */
  selectedId: string | null
  closeDetail: () => void
  tab: PanelTab
  setTab: (tab: PanelTab) => void
  /** narrow screens show the draft or the panel; wide screens ignore this */
  pane: RoomPane
  setPane: (pane: RoomPane) => void
  pickerOpen: boolean
  setPickerOpen: (open: boolean) => void
  showSuggestions: boolean
  toggleSuggestions: () => void
  focusedSuggestion: string | null
  setFocusedSuggestion: (key: string | null) => void
  otherGroupId: string
  setOtherGroupId: (groupId: string) => void
  /** open a finding in the panel; `scroll` also shows it in the draft */
  showFinding: (id: string, scroll?: boolean) => void
  showRange: (range: DraftRange | null) => void
  showUnit: (unitId: string) => void
}

const FOCUS_CLASS = { class: 'hl hl-focus' }

/** The room's view state, with the draft layers that follow it. */
export function useRoomNavigation(state: RoomState): RoomNavigation {
  const { provider, store, index, pack, findings, peers } = state
  const [editor, setEditor] = useState<Editor | null>(null)
  const [selection, setSelection] = useState<SelectionSpan | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const [tab, setTab] = useState<PanelTab>('findings')
  const [pane, setPane] = useState<RoomPane>('draft')
  const [showSuggestions, setShowSuggestions] = useState(
    () => localStorage.getItem('shaffof.suggestions') !== 'off',
  )
  const [focusedSuggestion, setFocusedSuggestion] = useState<string | null>(null)
  const [otherGroupId, setOtherGroupId] = useState<string>('')

  useEffect(() => {
    if (editor) return bindFindingLayer(editor, store, index, pack)
  }, [editor, store, index, pack])
  usePeerSelections(editor, index, peers)

  const showFinding = useCallback(
    (id: string, scroll = true) => {
      setSelectedId(id)
      setTab('findings')
      const f = store.get(id)
      const range = f ? spanToRange(index, f) : null
      setPane(scroll ? 'draft' : 'panel')
      if (!editor || !range) return
      patchLayerIn(editor.view, 'focus', { reset: [{ id: 'focus', ...range, attrs: FOCUS_CLASS }] })
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
    (range: DraftRange | null): void => {
      if (editor && range) {
        setPane('draft')
        patchLayerIn(editor.view, 'focus', { reset: [{ id: 'focus', ...range, attrs: FOCUS_CLASS }] })
        revealRange(editor, range.from, range.to)
      }
    },
    [editor],
  )
  const showUnit = (unitId: string): void => {
    const i = index.order.get(unitId)
    setPane('draft')
    if (i !== undefined && editor) revealRange(editor, index.starts[i]!, index.starts[i]!)
  }
  const onSelection = useCallback(
    (span: SelectionSpan | null) => {
      setSelection(span)
      publishSelection(provider, span ? { unitId: span.unitId, start: span.start, end: span.end } : null)
    },
    [provider],
  )
  const toggleSuggestions = (): void => {
    setShowSuggestions((v) => {
      localStorage.setItem('shaffof.suggestions', v ? 'off' : 'on')
      return !v
    })
  }

  return {
    editor,
    setEditor,
    selection,
    onSelection,
    selectedId,
    closeDetail: () => setSelectedId(null),
    tab,
    setTab,
    pane,
    setPane,
    pickerOpen,
    setPickerOpen,
    showSuggestions,
    toggleSuggestions,
    focusedSuggestion,
    setFocusedSuggestion,
    otherGroupId,
    setOtherGroupId,
    showFinding,
    showRange,
    showUnit,
  }
}
