/** Experts' decisions on comparison clusters, kept in the consolidated room. */
import type * as Y from 'yjs'
import type { ClusterDecision } from '../domain/roomEntries.js'
import { decodeDecision, decodeMap } from './decode.js'
import { clusterDecisionsMap } from './layout.js'

/** Stable key of a cluster across re-computations: its source finding ids, sorted, joined by `+`. */
export function clusterKey(findingIds: readonly string[]): string {
  return [...findingIds].sort().join('+')
}

/** The decision on one cluster, when there is a valid one. */
export function readDecision(doc: Y.Doc, key: string): ClusterDecision | undefined {
  return decodeDecision(clusterDecisionsMap(doc).get(key)) ?? undefined
}

/** Every decision that decodes, by cluster key. */
export function readDecisions(doc: Y.Doc): Map<string, ClusterDecision> {
  return decodeMap(doc, clusterDecisionsMap(doc), 'decision', decodeDecision)
}
