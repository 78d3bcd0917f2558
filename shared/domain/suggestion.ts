import { z } from 'zod'

/** A candidate factor found by the marker detector (`GET /api/drafts/:id/suggestions`). */
export const SuggestionView = z.object({
  unitId: z.string(),
  /** String offsets into the unit's text, end exclusive. */
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  factorId: z.string(),
  /** The id of the rule that fired. */
  marker: z.string(),
  /** Why, in the asked language. */
  explanation: z.string(),
})
export type SuggestionView = z.infer<typeof SuggestionView>
