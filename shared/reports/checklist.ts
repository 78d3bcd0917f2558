/**
 * The consolidated checklist: an article counts as checked when any group checked it, and the
 * experts may adjust that in the consolidated room (an explicit mark there wins). Pure, so the report,
 * the consolidated page and the tests all count the same way.
 */
import type { ChecklistMark } from '../collab/roomDoc.js'

/** A checklist: article id → mark. */
export type ChecklistMarks = Readonly<Record<string, ChecklistMark>>

/**
 * Merges the groups' checklists, then applies the consolidated room's own marks on top:
 * `found` when any group found a factor, else `none` when any group checked the article.
 */
export function mergeChecklists(groups: readonly ChecklistMarks[], own: ChecklistMarks): ChecklistMarks {
  const merged: Record<string, ChecklistMark> = {}
  for (const marks of groups) {
    for (const [id, mark] of Object.entries(marks)) {
      if (mark === 'found') merged[id] = 'found'
      else if (mark === 'none' && merged[id] !== 'found') merged[id] = 'none'
    }
  }
  for (const [id, mark] of Object.entries(own)) merged[id] = mark
  return merged
}
