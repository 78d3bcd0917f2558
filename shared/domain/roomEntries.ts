/**
 * The shapes of what a room's Y.Doc holds besides findings: comments, votes, checklist marks, cluster
 * decisions, audit entries and dismissed suggestions. Anything a member's client writes into a room is
 * untrusted, so readers parse entries with these schemas (see `shared/collab/decode.ts`) instead of
 * casting them.
 */
import { z } from 'zod'

export const Actor = z.object({ id: z.string(), name: z.string() })
export type Actor = z.infer<typeof Actor>

export const CHECKLIST_MARKS = ['none', 'found', 'unreviewed'] as const
export const ChecklistMark = z.enum(CHECKLIST_MARKS)
export type ChecklistMark = z.infer<typeof ChecklistMark>

export const VOTES = ['agree', 'disagree'] as const
export const Vote = z.enum(VOTES)
export type Vote = z.infer<typeof Vote>

export const Comment = z.object({
  id: z.string().min(1),
  findingId: z.string().min(1),
  parentId: z.string().nullable(),
  author: Actor,
  text: z.string(),
  createdAt: z.string(),
})
export type Comment = z.infer<typeof Comment>

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'comment',
  'vote',
  'resolve',
  'reopen',
  'dismiss',
  'respond',
  // Follow-up on a revised draft: started, and an expert's verdict on one carried finding.
  'follow_up',
  'verdict',
] as const
export const AuditEntry = z.object({
  at: z.string(),
  by: Actor,
  findingId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  detail: z.string(),
})
export type AuditEntry = z.infer<typeof AuditEntry>

/**
 * An expert's decision on one comparison cluster, kept in the consolidated room so every expert sees it
 * live: `accepted` points at the consolidated finding it became, `rejected` carries the reason.
 */
export const ClusterDecision = z.object({
  status: z.enum(['accepted', 'rejected']),
  findingId: z.string().optional(),
  reason: z.string().optional(),
  by: Actor,
  at: z.string(),
})
export type ClusterDecision = z.infer<typeof ClusterDecision>

/** A detector suggestion the group rejected. */
export const Dismissal = z.object({ by: Actor, at: z.string() })
export type Dismissal = z.infer<typeof Dismissal>
