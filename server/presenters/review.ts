/** Public shapes of reviews, filtered by what the viewer may see. */
import type { ParticipantView, ReviewDetail } from '../../shared/domain/review.js'
import { canManageReviews, type Viewer, visibleGroupIds } from '../../shared/policies/access.js'
import type { ReviewRecord, UserRecord } from '../storage/metaTypes.js'

/**
 * The review as the contract shows it, plus `locked`, `reference`, `createdAt`, `methodologyVersion`.
 * Only admins and facilitators see the join code; participants see only the groups they may read
 * (their own before reveal).
 */
export function presentReview(r: ReviewRecord, viewer: Viewer): ReviewDetail {
  const visible = new Set(visibleGroupIds(viewer, r))
  return {
    id: r.id,
    title: r.title,
    draftId: r.draftId,
    versionId: r.versionId,
    methodologyId: r.methodologyId,
    methodologyVersion: r.methodologyVersion,
    phase: r.phase,
    ...(canManageReviews(viewer) ? { joinCode: r.joinDisabled ? null : r.joinCode } : {}),
    groups: r.groups.filter((g) => visible.has(g.id)).map(({ id, name, room }) => ({ id, name, room })),
    consolidatedRoom: r.consolidatedRoom,
    locked: r.locked.filter((id) => visible.has(id)),
    reference: r.reference,
    createdAt: r.createdAt,
    ...(r.archivedAt ? { archived: true } : {}),
  }
}

/** A participant as the facilitator sees them. */
export function presentParticipant(u: UserRecord): ParticipantView {
  return { id: u.id, name: u.name, groupId: u.participant?.groupId ?? null }
}
