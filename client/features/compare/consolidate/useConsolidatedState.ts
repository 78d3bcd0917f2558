/**
 * The consolidated room's findings and cluster decisions as React state, re-read after every change
 * of the doc. The consolidated set is small (tens of findings), so a full re-read is cheap and simple.
 */
import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { ClusterDecision } from '../../../../shared/collab/roomDoc'
import { readDecisions, readFindings } from '../../../../shared/collab/roomDoc'
import type { Finding } from '../../../../shared/domain/finding'
import { CONSOLIDATED } from '../../../../shared/domain/review'

/** What the consensus builder renders from. */
export type ConsolidatedState = { findings: Finding[]; decisions: Map<string, ClusterDecision> }

const cache = new WeakMap<Y.Doc, { state: ConsolidatedState; stale: boolean }>()

function snapshot(doc: Y.Doc): ConsolidatedState {
  const hit = cache.get(doc)
  if (hit && !hit.stale) return hit.state
  const state = { findings: readFindings(doc, CONSOLIDATED), decisions: readDecisions(doc) }
  cache.set(doc, { state, stale: false })
  return state
}

/** Subscribe a component to the consolidated state of `doc`. */
export function useConsolidatedState(doc: Y.Doc): ConsolidatedState {
  return useSyncExternalStore(
    (notify) => {
      const onUpdate = () => {
        const hit = cache.get(doc)
        if (hit) hit.stale = true
        notify()
      }
      doc.on('update', onUpdate)
      return () => doc.off('update', onUpdate)
    },
    () => snapshot(doc),
  )
}
