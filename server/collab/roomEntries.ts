/**
 * What a client may put into a review room, entry by entry: the same field caps as REST
 * (`FINDING_LIMITS`, the response schema), plus the identity rules — whatever carries an author,
 * voter or `by` must name the connection's own user.
 */
import { z } from 'zod'
import { DraftingResponse, FINDING_LIMITS, Finding } from '../../shared/domain/finding.js'
import {
  AuditEntry,
  ChecklistMark,
  ClusterDecision,
  Comment,
  Dismissal,
  Vote,
} from '../../shared/domain/roomEntries.js'
import type { CollabUser } from './types.js'

/** Longest id or key a client may use (finding ids, unit ids, suggestion keys). */
export const MAX_KEY_CHARS = 300
const Key = z.string().min(1).max(MAX_KEY_CHARS)
/** The editor passes its presence object (with a colour) as the actor; extra keys stay small. */
const Actor = z
  .object({ id: Key, name: z.string().max(200) })
  .loose()
  .refine((v) => JSON.stringify(v).length <= 1000, 'too large')
/** An ISO time; not more than an hour ahead of the server (browsers' clocks drift a little). */
const Time = z
  .string()
  .max(40)
  .refine((v) => {
    const t = Date.parse(v)
    return Number.isFinite(t) && t <= Date.now() + 3_600_000
  }, 'not a plausible time')

/**
 * What a client may write, field by field: the readers' schemas (`shared/domain`, used by the
 * decoders) tightened with the REST caps, so anything accepted here also decodes.
 */
const writable = Finding.shape
export const FINDING_FIELDS: Record<string, z.ZodType> = {
  id: Key,
  groupId: Key,
  unitId: Key,
  unitLabel: writable.unitLabel.max(500),
  start: writable.start,
  end: writable.end,
  quote: writable.quote.max(FINDING_LIMITS.maxQuoteChars),
  factorIds: z.array(Key).max(FINDING_LIMITS.maxFactors),
  risk: writable.risk,
  status: writable.status,
  proposalKind: writable.proposalKind.unwrap(),
  resolved: z.boolean(),
  author: Actor,
  createdAt: Time,
  sources: writable.sources.unwrap().max(1000),
  response: DraftingResponse.and(z.object({ recordedAt: Time, recordedBy: Actor })),
  deleted: z.boolean(),
}

/** Fields a member may change on an existing finding (what `updateFinding` and `deleteFinding` write). */
export const MUTABLE_FINDING_FIELDS = new Set([
  'factorIds',
  'risk',
  'status',
  'proposalKind',
  'resolved',
  'response',
  'deleted',
])

/** Fields every new finding has (all but these optional ones). */
const OPTIONAL_FINDING_FIELDS = new Set(['proposalKind', 'resolved', 'sources', 'response', 'deleted'])
export const REQUIRED_FINDING_FIELDS = Object.keys(FINDING_FIELDS).filter(
  (f) => !OPTIONAL_FINDING_FIELDS.has(f),
)

export const CommentEntry = Comment.extend({
  id: Key,
  findingId: Key,
  parentId: Key.nullable(),
  author: Actor,
  text: z.string().min(1).max(FINDING_LIMITS.maxCommentChars),
  createdAt: Time,
}).strict()

export const AuditEntryShape = AuditEntry.extend({
  at: Time,
  by: Actor,
  findingId: Key,
  detail: z.string().max(FINDING_LIMITS.maxQuoteChars),
}).strict()

export const VoteValue = Vote
export const ChecklistValue = ChecklistMark
export const DismissalEntry = Dismissal.extend({ by: Actor, at: Time }).strict()
export const ClusterDecisionEntry = ClusterDecision.extend({
  findingId: Key.optional(),
  reason: z.string().max(10_000).optional(),
  by: Actor,
  at: Time,
}).strict()

/** Whether `actor` (an entry's author/by, unchecked) is the connection's user. */
export function isSelf(actor: unknown, user: CollabUser): boolean {
  const a = actor as { id?: unknown; name?: unknown } | null
  return !!a && a.id === user.id && a.name === user.name
}

/** The first problem of a zod parse, short enough for a close reason. */
export function problemOf(result: z.ZodSafeParseResult<unknown>, what: string): string | null {
  if (result.success) return null
  const issue = result.error.issues[0]
  return `${what}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'invalid'}`.slice(0, 200)
}
