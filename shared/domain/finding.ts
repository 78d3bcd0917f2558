import { z } from 'zod'

export const RISK_LEVELS = ['high', 'medium', 'low'] as const
export const Risk = z.enum(RISK_LEVELS)
export type Risk = z.infer<typeof Risk>

export const FINDING_STATUSES = ['open', 'agreed', 'rejected'] as const
export const FindingStatus = z.enum(FINDING_STATUSES)
export type FindingStatus = z.infer<typeof FindingStatus>

/** What a proposal asks the drafters to do (issue 4). */
export const PROPOSAL_KINDS = ['amend', 'delete', 'add'] as const
export const ProposalKind = z.enum(PROPOSAL_KINDS)
export type ProposalKind = z.infer<typeof ProposalKind>

/** The drafting body's answer to a consolidated proposal (regulation.gov.uz practice). */
export const RESPONSE_STATUSES = ['accepted', 'partly', 'rejected'] as const
export const DraftingResponse = z.object({
  status: z.enum(RESPONSE_STATUSES),
  reason: z.string().max(10_000).default(''),
  recordedAt: z.string(),
  recordedBy: z.object({ id: z.string(), name: z.string() }),
})
export type DraftingResponse = z.infer<typeof DraftingResponse>

export const FindingSource = z.object({ groupId: z.string(), findingId: z.string() })
export type FindingSource = z.infer<typeof FindingSource>

/** Size limits on finding text fields; REST and the editor share them. */
export const FINDING_LIMITS = {
  maxRationaleChars: 20_000,
  maxProposalChars: 20_000,
  maxQuoteChars: 20_000,
  maxFactors: 20,
  maxCommentChars: 5_000,
} as const

/** A finding as the contract shows it (rationale/proposal as plain text). */
export const Finding = z.object({
  id: z.string(),
  groupId: z.string(),
  unitId: z.string(),
  unitLabel: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  factorIds: z.array(z.string()),
  risk: Risk,
  status: FindingStatus,
  rationale: z.string(),
  proposal: z.string(),
  proposalKind: ProposalKind.optional(),
  resolved: z.boolean().optional(),
  author: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  sources: z.array(FindingSource).optional(),
  response: DraftingResponse.optional(),
})
export type Finding = z.infer<typeof Finding>

/** POST body for a group finding: a span by offsets or by quote, plus the tags. */
export const CreateFindingInput = z
  .object({
    unitId: z.string().min(1).max(200),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    quote: z.string().min(1).max(FINDING_LIMITS.maxQuoteChars).optional(),
    factorIds: z.array(z.string().min(1).max(200)).max(FINDING_LIMITS.maxFactors),
    risk: Risk.optional(),
    status: FindingStatus.optional(),
    rationale: z.string().max(FINDING_LIMITS.maxRationaleChars).optional(),
    proposal: z.string().max(FINDING_LIMITS.maxProposalChars).optional(),
    proposalKind: ProposalKind.optional(),
  })
  .strict()
  .refine((v) => (v.start !== undefined && v.end !== undefined) || v.quote !== undefined, {
    message: 'Give either start and end, or a quote.',
  })
export type CreateFindingInput = z.infer<typeof CreateFindingInput>
