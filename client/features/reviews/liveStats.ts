/**
 * Pure readers of a group's live state for the facilitator console: who is online (from awareness
 * states) and how far the group got (findings and the article checklist in the room's Y.Doc).
 */

import type * as Y from 'yjs'
import { isPresenceColor } from '../../../shared/collab/presenceColor'
import {
  decodeFindingSummary,
  findingsMap,
  isDeletedFinding,
  readChecklist,
} from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'
import { basicNorms } from '../../../shared/domain/norms'

/** One person online in a room. */
export type Member = { id: string; name: string; color?: string }

/**
 * Distinct people from awareness states (several tabs of one person count once). States without a
 * `user` (spectators such as this console) are skipped.
 */
export function membersFromAwareness(states: Iterable<[number, unknown]>): Member[] {
  const byKey = new Map<string, Member>()
  for (const [, state] of states) {
    const user = (state as { user?: { id?: unknown; name?: unknown; color?: unknown } } | null)?.user
    if (!user || typeof user.name !== 'string' || !user.name) continue
    const id = typeof user.id === 'string' && user.id ? user.id : `name:${user.name}`
    if (!byKey.has(id))
      byKey.set(id, { id, name: user.name, color: isPresenceColor(user.color) ? user.color : undefined })
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** Live (not deleted) findings in a room's doc; entries that do not decode do not count. */
export function countFindings(doc: Y.Doc): number {
  let n = 0
  findingsMap(doc).forEach((m, id) => {
    if (!isDeletedFinding(m) && decodeFindingSummary(id, m, '')) n++
  })
  return n
}

/** Checklist progress over the draft's articles: reviewed = "factor found" + "no factor". */
export type ChecklistProgress = { found: number; clear: number; reviewed: number; total: number }

/** Progress of a room's checklist against the set of article ids (or every mark when unknown). */
export function checklistProgress(doc: Y.Doc, articleIds: ReadonlySet<string> | null): ChecklistProgress {
  let found = 0
  let clear = 0
  readChecklist(doc).forEach((mark, unitId) => {
    if (articleIds && !articleIds.has(unitId)) return
    if (mark === 'found') found++
    else if (mark === 'none') clear++
  })
  const total = articleIds ? articleIds.size : found + clear
  return { found, clear, reviewed: found + clear, total }
}

/** Ids of the basic norms of a draft version (what the checklist walks through: articles or points). */
export function articleIdsOf(units: readonly Unit[]): Set<string> {
  return new Set(basicNorms(units).map((u) => u.id))
}
