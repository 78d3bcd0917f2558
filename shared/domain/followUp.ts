/**
 * Follow-up on a revised draft (contract v1.1): the unit diff between two versions and the check of
 * each consolidated finding against the later version, with the experts' verdicts.
 */
import { z } from 'zod'
import { SuggestionView } from './suggestion.js'

export const PAIR_OPS = ['same', 'changed', 'added', 'removed'] as const
export const DiffPair = z.object({
  op: z.enum(PAIR_OPS),
  fromUnitId: z.string().nullable(),
  toUnitId: z.string().nullable(),
  fromLabel: z.string().nullable(),
  toLabel: z.string().nullable(),
})
export type DiffPair = z.infer<typeof DiffPair>

/** `GET /api/drafts/:id/diff`. */
export const VersionDiff = z.object({ from: z.string(), to: z.string(), pairs: z.array(DiffPair) })
export type VersionDiff = z.infer<typeof VersionDiff>

export const CARRIED_STATES = ['unchanged', 'edited', 'removed'] as const
export const CarriedState = z.enum(CARRIED_STATES)

export const VERDICTS = ['pending', 'fixed', 'partly', 'not_fixed'] as const
export const Verdict = z.enum(VERDICTS)
export type Verdict = z.infer<typeof Verdict>

/** Size limit of a verdict's note. */
export const MAX_VERDICT_NOTE_CHARS = 10_000

/** One consolidated finding carried to the new version. Fields after `note` are our extensions. */
export const FollowUpItem = z.object({
  findingId: z.string(),
  quote: z.string(),
  unitLabel: z.string(),
  state: CarriedState,
  toUnitId: z.string().nullable(),
  toUnitLabel: z.string().nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  proposalAdopted: z.boolean(),
  verdict: Verdict,
  note: z.string(),
  /** Extensions: the finding's unit in the reviewed version, its factors and proposal, the new wording. */
  unitId: z.string(),
  factorIds: z.array(z.string()),
  risk: z.string(),
  proposal: z.string(),
  newText: z.string().nullable(),
  verdictBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  verdictAt: z.string().nullable(),
})
export type FollowUpItem = z.infer<typeof FollowUpItem>

/** A detector suggestion in a changed or added unit (extension: the unit's label in the new version). */
export const NewSuggestion = SuggestionView.extend({ unitLabel: z.string().optional() })

export const FollowUp = z.object({
  id: z.string(),
  reviewId: z.string(),
  fromVersionId: z.string(),
  toVersionId: z.string(),
  createdAt: z.string(),
  items: z.array(FollowUpItem),
  newSuggestions: z.array(NewSuggestion),
})
export type FollowUp = z.infer<typeof FollowUp>

/** `POST /api/reviews/:id/follow-ups`. */
export const CreateFollowUpInput = z.object({ versionId: z.string().min(1).max(200) }).strict()

/** `PATCH …/items/:findingId`. */
export const VerdictInput = z
  .object({ verdict: Verdict, note: z.string().max(MAX_VERDICT_NOTE_CHARS).optional() })
  .strict()
export type VerdictInput = z.infer<typeof VerdictInput>
