/**
 * Who may read and write what, as pure functions of (viewer, review state, scope). REST routes and the
 * WebSocket authorize() both ask these, so a phase change means the same thing everywhere.
 *
 * - admin, facilitator: manage reviews; read everything; write every group and the consolidated room.
 * - expert: reads every group, the comparison and the consolidated room; writes only the consolidated room.
 * - staff: reads what a facilitator reads; writes nothing.
 * - participant: only the review they joined. `annotate`: reads and writes their own group.
 *   `reveal`: also reads every other group, the comparison and the consolidated room, read-only.
 *   `closed`: reads as in reveal, writes nothing. A locked group is read-only for its participants.
 */
import type { Phase, Role } from '../domain/review.js'
import { CONSOLIDATED } from '../domain/review.js'

/** The signed-in person as policies see them. */
export type Viewer = {
  id: string
  role: Role
  participant?: { reviewId: string; groupId: string }
}

/** The parts of a review that decide access. */
export type ReviewAccessState = {
  id: string
  phase: Phase
  locked: readonly string[]
  groups: readonly { id: string }[]
}

/** What a viewer may do in one room (group or consolidated). */
export type RoomAccess = 'write' | 'read' | 'none'

const STAFF_ROLES: readonly Role[] = ['admin', 'facilitator', 'expert', 'staff']

/** Signed-in accounts that see every review (everyone but participants). */
export function isStaffSide(viewer: Viewer): boolean {
  return STAFF_ROLES.includes(viewer.role)
}

/** Admins and facilitators run reviews: phases, codes, locks, moves. */
export function canManageReviews(viewer: Viewer): boolean {
  return viewer.role === 'admin' || viewer.role === 'facilitator'
}

/** Whether the viewer may see the review at all. */
export function canSeeReview(viewer: Viewer, review: { id: string }): boolean {
  return isStaffSide(viewer) || viewer.participant?.reviewId === review.id
}

/** Whether this is one of the review's own participants. */
function isMember(viewer: Viewer, review: ReviewAccessState): boolean {
  return viewer.role === 'participant' && viewer.participant?.reviewId === review.id
}

/** Access to one scope: a group id of the review, or `consolidated`. */
export function roomAccess(viewer: Viewer, review: ReviewAccessState, scope: string): RoomAccess {
  const isGroup = review.groups.some((g) => g.id === scope)
  if (scope !== CONSOLIDATED && !isGroup) return 'none'
  if (isStaffSide(viewer)) {
    if (viewer.role === 'staff') return 'read'
    if (scope === CONSOLIDATED) return 'write'
    return canManageReviews(viewer) ? 'write' : 'read'
  }
  if (!isMember(viewer, review)) return 'none'
  const own = viewer.participant?.groupId === scope
  if (own) {
    if (review.phase === 'closed' || review.locked.includes(scope)) return 'read'
    return 'write'
  }
  return review.phase === 'annotate' ? 'none' : 'read'
}

/** Read access to a scope. */
export function canReadScope(viewer: Viewer, review: ReviewAccessState, scope: string): boolean {
  return roomAccess(viewer, review, scope) !== 'none'
}

/** Write access to a scope. */
export function canWriteScope(viewer: Viewer, review: ReviewAccessState, scope: string): boolean {
  return roomAccess(viewer, review, scope) === 'write'
}

/** The groups a viewer may see listed in the review (participants: only their own before reveal). */
export function visibleGroupIds(viewer: Viewer, review: ReviewAccessState): string[] {
  return review.groups.filter((g) => canReadScope(viewer, review, g.id)).map((g) => g.id)
}

/** The comparison of groups: staff side always, the review's participants once revealed. */
export function canReadComparison(viewer: Viewer, review: ReviewAccessState): boolean {
  if (isStaffSide(viewer)) return true
  return isMember(viewer, review) && review.phase !== 'annotate'
}

/** Drafts: the staff side reads all; a participant reads only the version their review uses. */
export function canReadDraftVersion(
  viewer: Viewer,
  target: { draftId: string; versionId: string | undefined },
  participantReview: { draftId: string; versionId: string } | undefined,
): boolean {
  if (isStaffSide(viewer)) return true
  if (!participantReview || participantReview.draftId !== target.draftId) return false
  return target.versionId === undefined || target.versionId === participantReview.versionId
}
