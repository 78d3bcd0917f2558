import type { PublicUser } from '../../../../shared/domain/review'
import type { Review } from '../types'

/** One choice of what to export: a group's findings or the consolidated conclusion. */
export type ScopeOption = { value: string; kind: 'group' | 'consolidated'; groupId?: string; name?: string }

/**
 * The scopes a user may read, mirroring the server's rules: staff and the review's organisers read
 * everything; a participant reads their own group, every group once revealed, and no conclusion.
 */
export function readableScopes(
  review: Review,
  user: PublicUser | null,
  participantGroupId?: string | null,
): ScopeOption[] {
  const groups = review.groups.map<ScopeOption>((g) => ({
    value: `group:${g.id}`,
    kind: 'group',
    groupId: g.id,
    name: g.name,
  }))
  if (!user) return []
  if (user.role !== 'participant') return [{ value: 'consolidated', kind: 'consolidated' }, ...groups]
  if (review.phase === 'annotate') return groups.filter((g) => g.groupId === participantGroupId)
  return groups
}
