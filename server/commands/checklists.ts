/** The checklists of a review: each group's marks and the consolidated room's own adjustments. */
import { readChecklist } from '../../shared/collab/roomDoc.js'
import { type ChecklistMarks, mergeChecklists } from '../../shared/reports/checklist.js'
import type { RoomService } from '../http/context.js'
import type { ReviewRecord } from '../storage/metaTypes.js'

/** Every group's checklist, the experts' own marks and the merged result the conclusion counts. */
export type ReviewChecklists = {
  groups: Record<string, ChecklistMarks>
  own: ChecklistMarks
  merged: ChecklistMarks
}

/** Reads every room's checklist through the decoders (entries that do not decode are skipped). */
export async function reviewChecklists(rooms: RoomService, review: ReviewRecord): Promise<ReviewChecklists> {
  const groups: Record<string, ChecklistMarks> = {}
  for (const g of review.groups) groups[g.id] = Object.fromEntries(readChecklist(await rooms.getDoc(g.room)))
  const own = Object.fromEntries(readChecklist(await rooms.getDoc(review.consolidatedRoom)))
  return { groups, own, merged: mergeChecklists(Object.values(groups), own) }
}
