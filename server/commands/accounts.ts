/**
 * Account commands: first-run setup, sign-in, creating an account, resetting a password and signing
 * out. Routes validate, authorize and present; these change the store, and a sign-out or reset also
 * closes the sockets of the sessions it ended (`rooms.revoke`), so a revoked token is dead everywhere.
 */
import type { LanguageTag } from '../../shared/domain/language.js'
import { DUMMY_CREDENTIALS, hashPassword, verifyPassword } from '../auth/passwords.js'
import { AppError, badRequest, conflict, notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import { hashToken, newId } from '../ids.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { UserRecord } from '../storage/metaTypes.js'
import {
  createSession,
  deleteSession,
  endSessionsOf,
  findAccountByName,
  getUser,
  hasAdmin,
  insertFirstAdmin,
  insertUser,
  patchUser,
  setPreferences,
} from '../storage/users.js'

/** A new session: its token (shown once) and the user. */
export type SignedIn = { token: string; user: UserRecord }

/** Session lifetime and clock of the commands that open sessions. */
export type SessionClock = { now: Date; ttlMs: number }

async function newAccount(
  name: string,
  password: string,
  role: UserRecord['role'],
  now: Date,
): Promise<UserRecord> {
  const { hash, salt } = await hashPassword(password)
  return { id: newId(), name, role, passwordHash: hash, salt, createdAt: now.toISOString(), preferences: {} }
}

/** Create the first admin and sign them in; 409 once an admin exists. */
export async function setUp(
  meta: MetaStore,
  input: { name: string; password: string },
  clock: SessionClock,
): Promise<SignedIn> {
  const setupDone = () => conflict('Setup is already done; sign in instead.', 'setup_done')
  if (hasAdmin(meta)) throw setupDone()
  const user = await newAccount(input.name, input.password, 'admin', clock.now)
  // Checked again inside the update: two concurrent setups (on any instance) create one admin.
  if (!(await insertFirstAdmin(meta, user))) throw setupDone()
  return { token: await createSession(meta, user.id, clock.now, clock.ttlMs), user }
}

/**
 * The account behind a name and password; 401 otherwise. An unknown name costs the same hashing time
 * as a wrong password, so timing does not tell which names exist.
 */
export async function checkCredentials(meta: MetaStore, name: string, password: string): Promise<UserRecord> {
  const found = findAccountByName(meta, name)
  const creds =
    found?.passwordHash && found.salt ? { hash: found.passwordHash, salt: found.salt } : DUMMY_CREDENTIALS
  const ok = await verifyPassword(password, creds.hash, creds.salt)
  if (!found || !ok) throw new AppError(401, 'invalid_credentials', 'Wrong name or password.')
  if (found.deactivated)
    throw new AppError(403, 'account_deactivated', 'This account is switched off; ask an administrator.')
  return found
}

/** Open a session for an account whose credentials were checked. */
export async function signIn(meta: MetaStore, user: UserRecord, clock: SessionClock): Promise<SignedIn> {
  return { token: await createSession(meta, user.id, clock.now, clock.ttlMs), user }
}

/** Create a staff-side account; 409 when the name is taken. */
export async function createAccount(
  meta: MetaStore,
  input: { name: string; password: string; role: UserRecord['role'] },
  now: Date,
): Promise<UserRecord> {
  const taken = () => conflict(`An account named “${input.name}” already exists.`, 'name_taken')
  if (findAccountByName(meta, input.name)) throw taken()
  const user = await newAccount(input.name, input.password, input.role, now)
  if (findAccountByName(meta, input.name)) throw taken()
  return insertUser(meta, user)
}

/**
 * Set a new password. A reset usually means the old one leaked, so the account's other sessions end
 * (the caller's own session survives when they reset their own password) and their sockets close.
 */
export async function resetPassword(
  meta: MetaStore,
  rooms: RoomService,
  userId: string,
  password: string,
  callerToken: string | null,
): Promise<UserRecord> {
  const target = getUser(meta, userId)
  if (!target) throw notFound('User')
  if (target.role === 'participant') throw badRequest('Participants have no password; they join with a code.')
  const { hash, salt } = await hashPassword(password)
  await patchUser(meta, target.id, { passwordHash: hash, salt })
  const keepSessionHash = callerToken ? hashToken(callerToken) : ''
  await endSessionsOf(meta, target.id, keepSessionHash)
  rooms.revoke({ userId: target.id, keepSessionHash })
  return target
}

/** End a session and close its sockets at once (the token answers 401 from now on). */
export async function signOut(meta: MetaStore, rooms: RoomService, token: string | null): Promise<void> {
  if (!token) return
  await deleteSession(meta, token)
  rooms.revoke({ sessionHash: hashToken(token) })
}

/** Remember the UI language a user picked. */
export function rememberLanguage(
  meta: MetaStore,
  userId: string,
  lang: LanguageTag,
): Promise<UserRecord | undefined> {
  return setPreferences(meta, userId, lang)
}
