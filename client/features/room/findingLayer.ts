/**
 * Keeps the draft's decoration layers in step with the room: findings (incrementally, by changed id),
 * group mates' selections, the focused finding, and another group's findings during reveal.
 */
import type { Editor } from '@tiptap/react'
import type { FindingSummary, FindingsStore } from '../../collab/findingsStore'
import { type DraftIndex, spanToRange } from '../../editor/draftIndex'
import { type LayerName, type LayerSpan, patchLayerIn } from '../../editor/spanLayers'
import { findingColor } from './colors'
import type { Pack } from './types'

/** The decoration span of a finding (pure; null when its unit is not in this version). */
export function findingSpan(
  index: DraftIndex,
  pack: Pack | null,
  f: FindingSummary,
  layer: LayerName = 'findings',
): LayerSpan | null {
  const range = spanToRange(index, f)
  if (!range) return null
  const color = findingColor(pack, f.factorIds)
  const muted = f.status === 'rejected' || f.resolved
  return {
    id: f.id,
    ...range,
    attrs: {
      class: `hl hl-${layer}${muted ? ' hl-muted' : ''}`,
      style: `--hl:${color}`,
      'data-finding-id': f.id,
    },
  }
}

/** Follow a findings store into a layer of the editor; returns the unsubscribe function. */
export function bindFindingLayer(
  editor: Editor,
  store: FindingsStore,
  index: DraftIndex,
  pack: Pack | null,
  layer: LayerName = 'findings',
): () => void {
  const spanOf = (f: FindingSummary | undefined) => (f ? findingSpan(index, pack, f, layer) : null)
  const resetAll = (): void => {
    const spans = store
      .getAll()
      .map((f) => spanOf(f))
      .filter((s): s is LayerSpan => s !== null)
    patchLayerIn(editor.view, layer, { reset: spans })
  }
  resetAll()
  const unsubscribe = store.subscribe((change) => {
    if (editor.isDestroyed) return
    if (change.reset) return resetAll()
    const upsert: LayerSpan[] = []
    const remove = [...change.removed]
    for (const id of change.changed) {
      const s = spanOf(store.get(id))
      if (s) upsert.push(s)
      else remove.push(id)
    }
    patchLayerIn(editor.view, layer, { upsert, remove })
  })
  return () => {
    unsubscribe()
    if (!editor.isDestroyed) patchLayerIn(editor.view, layer, { reset: [] })
  }
}
