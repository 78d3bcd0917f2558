/** Request schemas of the account routes. */
import { z } from 'zod'
import { LanguageTag } from '../../shared/domain/language.js'
import { Role } from '../../shared/domain/review.js'
import { NewPassword } from '../auth/passwordPolicy.js'

/** No control or format characters (CR/LF, bidi overrides, zero-width): for titles and names. */
export const NO_CONTROL_CHARS = /^[^\p{Cc}\p{Cf}]*$/u

// Names are shown to other people and in exports: no control characters, sensible length.
export const PersonName = z
  .string()
  .trim()
  .min(1, 'Name is required.')
  .max(100, 'Name is at most 100 characters.')
  .regex(NO_CONTROL_CHARS, 'Name contains control characters.')

export const Password = NewPassword

export const Credentials = z.object({ name: PersonName, password: z.string().min(1).max(200) })
export const SetupInput = z.object({ name: PersonName, password: Password })
export const CreateUserInput = z.object({
  name: PersonName,
  password: Password,
  role: Role.exclude(['participant'], {
    message: 'Participants join with a code; pick admin, facilitator, expert or staff.',
  }),
})
export const PasswordInput = z.object({ password: Password })
export const AccountChangeInput = z.strictObject({
  role: Role.exclude(['participant'], { message: 'Pick admin, facilitator, expert or staff.' }).optional(),
  deactivated: z.boolean().optional(),
})
export const PreferencesInput = z.object({ lang: LanguageTag })
