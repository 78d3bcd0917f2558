/** Detector suggestions: loading, and which ones are still open for this group (pure filter). */
import { useEffect, useState } from 'react'
import type { FindingSummary } from '../../collab/findingsStore'
import { type DraftIndex, spanToRange } from '../../editor/draftIndex'
import type { LayerSpan } from '../../editor/spanLayers'
import { getSuggestions } from './api'
import { findingColor } from './colors'
import { localized } from './packText'
import { type Pack, type Suggestion, suggestionKey } from './types'

/** Suggestions not dismissed by the group and not already made into a finding with that factor. */
export function openSuggestions(
  all: readonly Suggestion[],
  dismissed: ReadonlySet<string>,
  findings: readonly FindingSummary[],
): Suggestion[] {
  const made = new Set<string>()
  for (const f of findings) for (const factorId of f.factorIds) made.add(suggestionKey({ ...f, factorId }))
  const seen = new Set<string>()
  return all.filter((s) => {
    const key = suggestionKey(s)
    if (dismissed.has(key) || made.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The dotted-underline decoration of a suggestion, with its factor and explanation as a tooltip. */
export function suggestionSpan(
  index: DraftIndex,
  pack: Pack | null,
  lang: string,
  s: Suggestion,
): LayerSpan | null {
  const range = spanToRange(index, s)
  if (!range) return null
  const factor = pack?.factors.find((f) => f.id === s.factorId)
  const title = `${factor ? localized(factor.name, lang) : s.factorId}: ${s.explanation}`
  return {
    id: suggestionKey(s),
    ...range,
    attrs: {
      class: 'hl hl-suggestion',
      style: `--hl:${findingColor(pack, [s.factorId])}`,
      title,
      'data-suggestion': suggestionKey(s),
    },
  }
}

/**
 * Load the draft's suggestions in the UI language once `enabled` (the room waits for its first sync, so
 * the detector's work on a big draft never delays the live connection); [] while loading or on failure.
 */
export function useSuggestions(
  draftId: string,
  versionId: string,
  methodologyId: string,
  lang: string,
  enabled: boolean,
): { list: Suggestion[]; failed: boolean } {
  const [state, setState] = useState<{ list: Suggestion[]; failed: boolean }>({ list: [], failed: false })
  useEffect(() => {
    if (!enabled) return
    let alive = true
    getSuggestions({ draftId, versionId, methodologyId, lang })
      .then((list) => alive && setState({ list, failed: false }))
      .catch(() => alive && setState({ list: [], failed: true }))
    return () => {
      alive = false
    }
  }, [draftId, versionId, methodologyId, lang, enabled])
  return state
}
