/** Request schemas of the review routes. */
import { z } from 'zod'
import { Phase } from '../../shared/domain/review.js'
import { NO_CONTROL_CHARS, PersonName } from './accountSchemas.js'

const GroupName = z
  .string()
  .trim()
  .min(1, 'Group names cannot be empty.')
  .max(100)
  .regex(NO_CONTROL_CHARS, 'Group names cannot contain control characters or line breaks.')

const ReviewTitle = z
  .string()
  .trim()
  .min(1, 'Title is required.')
  .max(300)
  .regex(NO_CONTROL_CHARS, 'Titles cannot contain control characters or line breaks.')

export const RenameReviewInput = z.strictObject({ title: ReviewTitle })

export const CreateReviewInput = z.object({
  title: ReviewTitle,
  draftId: z.string().min(1).max(100),
  versionId: z.string().min(1).max(100).optional(),
  methodologyId: z.string().min(1).max(100).optional(),
  groups: z.array(GroupName).min(1, 'Add at least one group.').max(50),
})

export const JoinInput = z.object({
  code: z.string().min(1).max(40),
  name: PersonName,
  groupId: z.string().min(1).max(100),
  /** A random id the browser keeps, so a rejoin on the same device keeps the same identity. */
  deviceId: z
    .string()
    .min(16)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
})

export const PhaseInput = z.object({ phase: Phase })
export const JoinCodeInput = z.object({ action: z.enum(['regenerate', 'disable', 'enable']) })
export const LockInput = z.object({ locked: z.boolean() })
export const MoveInput = z.object({ groupId: z.string().min(1).max(100) })
export const ReferenceInput = z.object({ reference: z.string().min(1).max(100).nullable() })
