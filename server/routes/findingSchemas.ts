/** Request schemas of the finding routes. */
import { z } from 'zod'
import {
  FINDING_LIMITS,
  FindingStatus,
  ProposalKind,
  RESPONSE_STATUSES,
  Risk,
} from '../../shared/domain/finding.js'

const FactorIds = z.array(z.string().min(1).max(200)).max(FINDING_LIMITS.maxFactors)

/** `POST …/consolidated/findings`: the sources plus any finding field to override. */
export const MergeInput = z
  .object({
    from: z.array(z.string().min(1).max(100)).max(200),
    unitId: z.string().min(1).max(200).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    quote: z.string().min(1).max(FINDING_LIMITS.maxQuoteChars).optional(),
    factorIds: FactorIds.optional(),
    risk: Risk.optional(),
    status: FindingStatus.optional(),
    rationale: z.string().max(FINDING_LIMITS.maxRationaleChars).optional(),
    proposal: z.string().max(FINDING_LIMITS.maxProposalChars).optional(),
    proposalKind: ProposalKind.optional(),
  })
  .strict()
  .refine(
    (v) => v.unitId !== undefined || (v.start === undefined && v.end === undefined && v.quote === undefined),
    {
      message: 'A span override needs unitId.',
    },
  )
export type MergeInput = z.infer<typeof MergeInput>

/** `PATCH …/findings/:findingId`. */
export const PatchFindingInput = z
  .object({
    factorIds: FactorIds.optional(),
    risk: Risk.optional(),
    status: FindingStatus.optional(),
    proposalKind: ProposalKind.optional(),
    resolved: z.boolean().optional(),
  })
  .strict()

/** `PUT …/consolidated/findings/:findingId/response`. */
export const ResponseInput = z.object({
  status: z.enum(RESPONSE_STATUSES),
  reason: z.string().max(10_000).default(''),
})
