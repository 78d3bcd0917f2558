/** Hooks that feed the draft's peer-selection and suggestion layers. */
import type { Editor } from '@tiptap/react'
import { useEffect, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import { dismissedMap, readDismissed } from '../../../shared/collab/roomDoc'
import type { DraftView } from '../../../shared/domain/draft'
import type { FindingSummary } from '../../collab/findingsStore'
import type { Peer } from '../../collab/presence'
import { useYDerived } from '../../collab/useY'
import { type DraftIndex, spanToRange } from '../../editor/draftIndex'
import { type LayerSpan, patchLayerIn } from '../../editor/spanLayers'
import { openSuggestions, suggestionSpan, useSuggestions } from './suggestions'
import type { Pack, RoomReview, Suggestion } from './types'

/** The decoration spans of group mates' draft selections (pure). */
export function peerSelectionSpans(index: DraftIndex, peers: readonly Peer[]): LayerSpan[] {
  const out: LayerSpan[] = []
  for (const p of peers) {
    const range = p.selection ? spanToRange(index, p.selection) : null
    if (!range) continue
    out.push({
      id: `peer-${p.clientId}`,
      ...range,
      attrs: { class: 'hl hl-peer', style: `--hl:${p.user.color}`, title: p.user.name },
    })
  }
  return out
}

/** Draw group mates' selections in the draft. */
export function usePeerSelections(editor: Editor | null, index: DraftIndex, peers: readonly Peer[]): void {
  useEffect(() => {
    if (editor && !editor.isDestroyed)
      patchLayerIn(editor.view, 'peers', { reset: peerSelectionSpans(index, peers) })
  }, [editor, index, peers])
}

type SuggestionLayerInput = {
  editor: Editor | null
  doc: Y.Doc
  draft: DraftView
  review: RoomReview
  pack: Pack | null
  lang: string
  index: DraftIndex
  findings: readonly FindingSummary[]
  visible: boolean
  /** load only after the room's first sync */
  ready: boolean
}

/** Load the suggestions, drop dismissed and accepted ones, draw the rest when visible. */
export function useSuggestionLayer(input: SuggestionLayerInput): { list: Suggestion[]; failed: boolean } {
  const { editor, doc, draft, review, pack, lang, index, findings, visible, ready } = input
  const loaded = useSuggestions(draft.id, review.versionId, review.methodologyId, lang, ready)
  const dismissed = useYDerived(dismissedMap(doc), () => new Set(readDismissed(doc).keys()))
  const list = useMemo(
    () => openSuggestions(loaded.list, dismissed, findings),
    [loaded.list, dismissed, findings],
  )
  const drawn = useRef<{ editor: Editor | null; keys: Set<string> }>({ editor: null, keys: new Set() })
  // Reset when the editor, language or visibility changes; otherwise patch only what appeared or went.
  // biome-ignore lint/correctness/useExhaustiveDependencies: these deps are the triggers of a full redraw
  useEffect(() => {
    drawn.current = { editor: null, keys: new Set() }
  }, [editor, visible, index, pack, lang])
  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    const spans = visible
      ? list.map((s) => suggestionSpan(index, pack, lang, s)).filter((s): s is LayerSpan => s !== null)
      : []
    const prev = drawn.current
    if (prev.editor !== editor) {
      patchLayerIn(editor.view, 'suggestions', { reset: spans })
    } else {
      const next = new Set(spans.map((s) => s.id))
      const remove = [...prev.keys].filter((k) => !next.has(k))
      const upsert = spans.filter((s) => !prev.keys.has(s.id))
      if (remove.length || upsert.length) patchLayerIn(editor.view, 'suggestions', { remove, upsert })
    }
    drawn.current = { editor, keys: new Set(spans.map((s) => s.id)) }
  }, [editor, list, visible, index, pack, lang])
  return { list, failed: loaded.failed }
}
