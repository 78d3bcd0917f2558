/**
 * Merging group findings into one consolidated finding: factors are united, spans in the same unit
 * joined into their covering span, rationales and proposals joined unless the expert overrides them,
 * and every source is remembered in `sources`.
 */
import type { Actor } from '../../shared/collab/roomDoc.js'
import type { Finding, Risk } from '../../shared/domain/finding.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import { AppError, badRequest } from '../errors.js'
import type { RoomService } from '../http/context.js'
import type { MergeInput } from '../routes/findingSchemas.js'
import { createScopedFinding, listAllGroupFindings, type ReviewContext } from './findings.js'

const RISK_RANK: Record<Risk, number> = { low: 0, medium: 1, high: 2 }

function joinTexts(texts: string[]): string {
  return [...new Set(texts.map((t) => t.trim()).filter(Boolean))].join('\n\n')
}

/** The covering span of sources that all lie in one unit; 422 when they span several units. */
function coveringSpan(sources: Finding[]): { unitId: string; start: number; end: number } {
  const unitIds = new Set(sources.map((f) => f.unitId))
  if (unitIds.size !== 1) {
    throw new AppError(
      422,
      'mixed_units',
      'The findings lie in different units; merge findings of one unit, or give unitId with start and end.',
    )
  }
  return {
    unitId: sources[0].unitId,
    start: Math.min(...sources.map((f) => f.start)),
    end: Math.max(...sources.map((f) => f.end)),
  }
}

/** Create a consolidated finding from group findings (`from`) plus overrides. */
export async function consolidate(
  rooms: RoomService,
  ctx: ReviewContext,
  input: MergeInput,
  author: Actor,
  now: Date,
): Promise<Finding> {
  const all = await listAllGroupFindings(rooms, ctx)
  const byId = new Map(all.map((f) => [f.id, f]))
  const ids = [...new Set(input.from)]
  // Ids are unique per room only: a member can copy another group's finding id into their own room.
  // Merging such an id would take one group's text and credit the other, so it is refused by name.
  const ambiguous = ids.filter((id) => all.filter((f) => f.id === id).length > 1)
  if (ambiguous.length)
    throw new AppError(
      409,
      'ambiguous_finding',
      `More than one group has a finding with the id ${ambiguous.join(', ')}; merge it by span instead.`,
    )
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length)
    throw badRequest(
      `Unknown group finding${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`,
      { missing },
      'unknown_finding',
    )
  const sources = ids.map((id) => byId.get(id) as Finding)
  const hasSpan = input.unitId !== undefined
  if (!hasSpan && sources.length === 0)
    throw badRequest('Give the findings to merge in “from”, or a unitId with a span.')
  const span = hasSpan
    ? { unitId: input.unitId as string, start: input.start, end: input.end, quote: input.quote }
    : coveringSpan(sources)
  const risk =
    input.risk ??
    sources.reduce<Risk>(
      (r, f) => (RISK_RANK[f.risk] > RISK_RANK[r] ? f.risk : r),
      sources[0]?.risk ?? 'medium',
    )
  return createScopedFinding(
    rooms,
    ctx,
    CONSOLIDATED,
    {
      ...span,
      factorIds: input.factorIds ?? [...new Set(sources.flatMap((f) => f.factorIds))],
      risk,
      status: input.status,
      rationale: input.rationale ?? joinTexts(sources.map((f) => f.rationale)),
      proposal: input.proposal ?? joinTexts(sources.map((f) => f.proposal)),
      proposalKind: input.proposalKind ?? sources.find((f) => f.proposalKind)?.proposalKind,
    },
    author,
    now,
    { sources: sources.map((f) => ({ groupId: f.groupId, findingId: f.id })) },
  )
}
