/**
 * Why the room is read-only for this person, so the UI can say why. Whether it is read-only is the
 * server's own policy (`shared/policies/access.ts`), asked here too; the server still enforces it by
 * dropping a read-only connection's updates.
 */
import type { Phase, Role } from '../../../shared/domain/review'
import { canWriteScope, type Viewer } from '../../../shared/policies/access'

/** The reason editing is off, or null when this person may write. */
export type ReadOnlyReason = 'closed' | 'locked' | 'staff' | 'expert' | 'otherGroup' | 'refused'

/** Inputs of the decision: who, which group, and the review's current state. */
export type AccessInput = {
  role: Role | undefined
  ownGroupId: string | undefined
  groupId: string
  phase: Phase
  locked: readonly string[]
}

/** The read-only reason for one group room (pure). */
export function readOnlyReason(a: AccessInput): ReadOnlyReason | null {
  if (a.role === 'staff' || a.role === 'expert') return a.role
  const review = { id: 'review', phase: a.phase, locked: a.locked, groups: [{ id: a.groupId }] }
  const viewer: Viewer = {
    id: '',
    role: a.role ?? 'participant',
    participant: a.ownGroupId ? { reviewId: review.id, groupId: a.ownGroupId } : undefined,
  }
  if (canWriteScope(viewer, review, a.groupId)) return null
  if (a.ownGroupId !== a.groupId) return 'otherGroup'
  return a.phase === 'closed' ? 'closed' : 'locked'
}
