import { z } from 'zod'
import { ChecklistMark } from './roomEntries.js'

/** A checklist: article id → mark. */
export const ChecklistMarksView = z.record(z.string(), ChecklistMark)

/**
 * `GET /api/reviews/:id/consolidated/checklist`: every group's marks, the experts' own marks and the
 * merged result the conclusion counts.
 */
export const ReviewChecklists = z.object({
  groups: z.record(z.string(), ChecklistMarksView),
  own: ChecklistMarksView,
  merged: ChecklistMarksView,
})
export type ReviewChecklists = z.infer<typeof ReviewChecklists>
