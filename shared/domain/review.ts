import { z } from 'zod'

export const PHASES = ['annotate', 'reveal', 'closed'] as const
export const Phase = z.enum(PHASES)
export type Phase = z.infer<typeof Phase>

export const ROLES = ['admin', 'facilitator', 'expert', 'staff', 'participant'] as const
export const Role = z.enum(ROLES)
export type Role = z.infer<typeof Role>

export const PublicUser = z.object({ id: z.string(), name: z.string(), role: Role })
export type PublicUser = z.infer<typeof PublicUser>

export const GroupView = z.object({ id: z.string(), name: z.string(), room: z.string() })
export type GroupView = z.infer<typeof GroupView>

/**
 * The review as `POST/GET /api/reviews/:id` return it, declared once: the server's presenter is typed
 * by it and the client reads it. Fields past the contract's are optional here, so a client also reads
 * an older server's answer.
 */
export const ReviewView = z.object({
  id: z.string(),
  title: z.string(),
  draftId: z.string(),
  versionId: z.string(),
  methodologyId: z.string(),
  methodologyVersion: z.string().optional(),
  phase: Phase,
  /** managers only; null while joining is disabled */
  joinCode: z.string().nullable().optional(),
  groups: z.array(GroupView),
  consolidatedRoom: z.string(),
  /** the visible groups that are locked */
  locked: z.array(z.string()).optional(),
  reference: z.string().nullable().optional(),
  createdAt: z.string().optional(),
  /** present (true) only on archived reviews */
  archived: z.boolean().optional(),
})
export type ReviewView = z.infer<typeof ReviewView>

/** A review as the server presents it: `locked` (the visible groups that are locked) always there. */
export const ReviewDetail = ReviewView.extend({ locked: z.array(z.string()) })
export type ReviewDetail = z.infer<typeof ReviewDetail>

/** `GET /api/reviews/:id/groups`: the visible groups with their lock state. */
export const GroupState = GroupView.extend({ locked: z.boolean() })
export type GroupState = z.infer<typeof GroupState>

/** `GET /api/join/:code`: what a join code opens, the review and its groups to pick from. */
export const JoinTarget = z.object({
  review: z.object({ id: z.string(), title: z.string(), phase: Phase }),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
})
export type JoinTarget = z.infer<typeof JoinTarget>

/** `POST /api/join`: the participant's session, review and group. */
export const JoinAnswer = z.object({
  token: z.string(),
  user: PublicUser,
  review: z.object({ id: z.string() }),
  group: GroupView,
})
export type JoinAnswer = z.infer<typeof JoinAnswer>

/** A participant as the facilitator sees them. */
export const ParticipantView = z.object({ id: z.string(), name: z.string(), groupId: z.string().nullable() })
export type ParticipantView = z.infer<typeof ParticipantView>

/** The pseudo group id of the experts' merged findings. */
export const CONSOLIDATED = 'consolidated'
