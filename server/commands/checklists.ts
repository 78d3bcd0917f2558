/** The checklists of a review: each group's marks and the consolidated room's own adjustments. */
import { readChecklist } from '../../shared/collab/roomDoc.js'
import type { ReviewChecklists } from '../../shared/domain/checklist.js'
import { type ChecklistMarks, mergeChecklists } from '../../shared/reports/checklist.js'
import type { RoomService } from '../http/context.js'
import type { ReviewRecord } from '../storage/metaTypes.js'

/**
 * Reads every room's checklist through the decoders: entries that do not decode, and marks of units the
 * draft does not have (`units`: unit id → text length, as `ReviewContext.unitLengths`), are skipped.
 */
export async function reviewChecklists(
  rooms: RoomService,
  review: ReviewRecord,
  units: ReadonlyMap<string, unknown>,
): Promise<ReviewChecklists> {
  const read = async (room: string) => Object.fromEntries(readChecklist(await rooms.getDoc(room), units))
  const groups: Record<string, ChecklistMarks> = {}
  for (const g of review.groups) groups[g.id] = await read(g.room)
  const own = await read(review.consolidatedRoom)
  return { groups, own, merged: mergeChecklists(Object.values(groups), own) }
}
