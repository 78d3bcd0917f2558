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

/** The review as `POST/GET /api/reviews/:id` return it. */
export const ReviewView = z.object({
  id: z.string(),
  title: z.string(),
  draftId: z.string(),
  versionId: z.string(),
  methodologyId: z.string(),
  phase: Phase,
  joinCode: z.string().nullable().optional(),
  groups: z.array(GroupView),
  consolidatedRoom: z.string(),
})
export type ReviewView = z.infer<typeof ReviewView>

/** The pseudo group id of the experts' merged findings. */
export const CONSOLIDATED = 'consolidated'
