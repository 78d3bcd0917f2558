/**
 * Why the room is read-only for this person, mirroring the server's policy (server/policies/access.ts)
 * so the UI can say why; the server still enforces it by dropping a read-only connection's updates.
 */
import type { Phase, Role } from '../../../shared/domain/review'

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
  if (a.role === 'staff') return 'staff'
  if (a.role === 'expert') return 'expert'
  if (a.role === 'admin' || a.role === 'facilitator') return null
  if (a.ownGroupId !== a.groupId) return 'otherGroup'
  if (a.phase === 'closed') return 'closed'
  if (a.locked.includes(a.groupId)) return 'locked'
  return null
}
