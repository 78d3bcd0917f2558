/**
 * The account answers of the API (contract + extensions), declared once: the server's presenters and
 * route rows are typed by them, and the client imports them instead of redeclaring.
 */
import { z } from 'zod'
import { LanguageTag } from './language.js'
import { PublicUser } from './review.js'

/** What the server remembers for a user (today: the UI language). */
export const Preferences = z.object({ lang: LanguageTag.optional() })
export type Preferences = z.infer<typeof Preferences>

/** `GET /api/me`: the user, their preferences and (participants) the review and group they joined. */
export const MeView = z.object({
  user: PublicUser,
  preferences: Preferences,
  participant: z.object({ reviewId: z.string(), groupId: z.string() }).optional(),
})
export type MeView = z.infer<typeof MeView>

/** An account in the admin's list; `deactivated` is present (true) when switched off. */
export const AccountView = PublicUser.extend({ deactivated: z.boolean().optional() })
export type AccountView = z.infer<typeof AccountView>

/** `POST /api/setup` and `POST /api/login`: the bearer token (also set as a cookie) and the user. */
export const SessionView = z.object({ token: z.string(), user: PublicUser })
export type SessionView = z.infer<typeof SessionView>

/** `POST /api/users`, `PUT /api/users/:id/password`. */
export const UserAnswer = z.object({ user: PublicUser })
/** `PATCH /api/users/:id`. */
export const AccountAnswer = z.object({ user: AccountView })
/** `PUT /api/me/preferences`. */
export const PreferencesAnswer = z.object({ preferences: Preferences })
/** `GET /api/setup`: whether first-run setup is still open. */
export const SetupState = z.object({ needed: z.boolean() })
/** `GET /api/config`: the public address join links and QR codes use. */
export const ClientConfig = z.object({ publicUrl: z.string().nullable() })
export type ClientConfig = z.infer<typeof ClientConfig>

/** `GET /api/health`: liveness, version, and the store and room bus in use. */
export const Health = z.object({
  ok: z.boolean(),
  version: z.string(),
  store: z.enum(['files', 'postgres']),
  bus: z.enum(['local', 'redis', 'degraded']),
})
export type Health = z.infer<typeof Health>
