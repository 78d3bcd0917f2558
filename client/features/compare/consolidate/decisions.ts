/**
 * Expert decisions on clusters, written to the consolidated room doc so every connected expert sees
 * them at once. Accepting creates the consolidated finding and records the decision in one transaction.
 */
import type * as Y from 'yjs'
import type { Actor, ClusterDecision, NewFinding } from '../../../../shared/collab/roomDoc'
import {
  clusterDecisionsMap,
  clusterKey,
  createFinding,
  deleteFinding,
  findingsMap,
  readDecision,
  updateFinding,
} from '../../../../shared/collab/roomDoc'
import type { DraftingResponse, Finding } from '../../../../shared/domain/finding'
import type { ResponseStatus } from '../types'

/** Accept a cluster as `finding` (built by `buildConsolidatedFinding`). */
export function acceptCluster(
  doc: Y.Doc,
  findingIds: readonly string[],
  finding: NewFinding,
  by: Actor,
  at: string,
): void {
  doc.transact(() => {
    createFinding(doc, finding)
    clusterDecisionsMap(doc).set(clusterKey(findingIds), {
      status: 'accepted',
      findingId: finding.id,
      by,
      at,
    })
  })
}

/** Reject a cluster with the experts' reason (kept for the record and the report). */
export function rejectCluster(
  doc: Y.Doc,
  findingIds: readonly string[],
  reason: string,
  by: Actor,
  at: string,
): void {
  clusterDecisionsMap(doc).set(clusterKey(findingIds), { status: 'rejected', reason: reason.trim(), by, at })
}

/**
 * Take a decision back; an accepted cluster's consolidated finding is soft-deleted with it. Pass the
 * effective decision (see `effectiveDecision`) to also undo an acceptance that was made over REST.
 */
export function reopenCluster(
  doc: Y.Doc,
  findingIds: readonly string[],
  by: Actor,
  at: string,
  decision: ClusterDecision | undefined = readDecision(doc, clusterKey(findingIds)),
): void {
  const key = clusterKey(findingIds)
  if (!decision) return
  doc.transact(() => {
    if (decision.status === 'accepted' && decision.findingId) deleteFinding(doc, decision.findingId, by, at)
    clusterDecisionsMap(doc).delete(key)
  })
}

/** Record the drafting body's answer to a consolidated proposal. */
export function recordResponse(
  doc: Y.Doc,
  findingId: string,
  status: ResponseStatus,
  reason: string,
  by: Actor,
  at: string,
): boolean {
  if (!findingsMap(doc).get(findingId)) return false
  const response: DraftingResponse = { status, reason: reason.trim(), recordedAt: at, recordedBy: by }
  return updateFinding(doc, findingId, { response }, by, at)
}

/**
 * The decision to show for a cluster: the recorded one, else "accepted" when a consolidated finding
 * already cites one of its findings (one merged over REST, or by an expert before decisions existed),
 * so nobody merges the same place twice.
 */
export function effectiveDecision(
  findingIds: readonly string[],
  decisions: ReadonlyMap<string, ClusterDecision>,
  consolidated: readonly Finding[],
): ClusterDecision | undefined {
  const recorded = decisions.get(clusterKey(findingIds))
  if (recorded) return recorded
  const covering = consolidated.find((f) => f.sources?.some((s) => findingIds.includes(s.findingId)))
  return covering
    ? { status: 'accepted', findingId: covering.id, by: covering.author, at: covering.createdAt }
    : undefined
}
