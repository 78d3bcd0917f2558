/** Accounts: health, first-run setup, sign-in and out, the current user, and admin user management. */

import { DUMMY_CREDENTIALS, hashPassword, verifyPassword } from '../auth/passwords.js'
import { AppError, badRequest, conflict, notFound, tooManyRequests } from '../errors.js'
import { clientIp } from '../http/clientIp.js'
import { limitedAttempt, type RateLimiter } from '../http/rateLimit.js'
import { clearSessionCookie, setSessionCookie } from '../http/session.js'
import { hashToken, newId } from '../ids.js'
import { APP_VERSION } from '../paths.js'
import { presentMe, presentUser } from '../presenters/user.js'
import type { UserRecord } from '../storage/metaTypes.js'
import {
  createSession,
  deleteSession,
  findAccountByName,
  getUser,
  hasAdmin,
  insertFirstAdmin,
  insertUser,
  patchUser,
  setPreferences,
} from '../storage/users.js'
import {
  CreateUserInput,
  Credentials,
  PasswordInput,
  PreferencesInput,
  SetupInput,
} from './accountSchemas.js'
import { caller, json, type RouteDef, readJson } from './types.js'

async function newAccount(
  name: string,
  password: string,
  role: UserRecord['role'],
  now: Date,
): Promise<UserRecord> {
  const { hash, salt } = await hashPassword(password)
  return { id: newId(), name, role, passwordHash: hash, salt, createdAt: now.toISOString(), preferences: {} }
}

/** Account routes (contract + extensions). */
export const accountRoutes: RouteDef[] = [
  {
    method: 'get',
    path: '/api/health',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    summary: 'Liveness, version, and the store and room bus in use (scale-out).',
    handler: (c, d) =>
      json(c, { ok: true, version: APP_VERSION, store: d.topology.store, bus: d.topology.bus() }),
  },
  {
    method: 'get',
    path: '/api/setup',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    summary: 'Whether first-run setup (creating the first admin) is still open.',
    handler: (c, d) => json(c, { needed: !hasAdmin(d.meta) }),
  },
  {
    method: 'post',
    path: '/api/setup',
    auth: 'public',
    tag: 'accounts',
    status: 201,
    body: SetupInput,
    summary: 'Create the first admin; 409 once an admin exists.',
    handler: async (c, d) => {
      const input = await readJson(c, SetupInput)
      if (hasAdmin(d.meta)) throw conflict('Setup is already done; sign in instead.', 'setup_done')
      const user = await newAccount(input.name, input.password, 'admin', d.now())
      // Checked again inside the update: two concurrent setups (on any instance) create one admin.
      if (!(await insertFirstAdmin(d.meta, user)))
        throw conflict('Setup is already done; sign in instead.', 'setup_done')
      const token = await createSession(d.meta, user.id, d.now(), d.sessionTtlMs)
      setSessionCookie(c, token, d.sessionTtlMs)
      return json(c, { token, user: presentUser(user) }, 201)
    },
  },
  {
    method: 'post',
    path: '/api/login',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    body: Credentials,
    summary: 'Sign in with name and password; 401 on wrong credentials, 429 when rate-limited.',
    handler: async (c, d) => {
      const input = await readJson(c, Credentials)
      const ip = clientIp(c)
      const limits: Array<[RateLimiter, string]> = [
        [d.ipLimiter, `login:${ip}`],
        [d.limiter, `login:${ip}:${input.name.toLocaleLowerCase()}`],
      ]
      const user = await limitedAttempt(limits, tooManyRequests, async () => {
        const found = findAccountByName(d.meta, input.name)
        const creds =
          found?.passwordHash && found.salt
            ? { hash: found.passwordHash, salt: found.salt }
            : DUMMY_CREDENTIALS
        const ok = await verifyPassword(input.password, creds.hash, creds.salt)
        if (!found || !ok) throw new AppError(401, 'invalid_credentials', 'Wrong name or password.')
        return found
      })
      const token = await createSession(d.meta, user.id, d.now(), d.sessionTtlMs)
      setSessionCookie(c, token, d.sessionTtlMs)
      return json(c, { token, user: presentUser(user) })
    },
  },
  {
    method: 'post',
    path: '/api/logout',
    auth: 'public',
    tag: 'accounts',
    status: 204,
    summary: 'End the current session and clear the cookie (204 even without one).',
    handler: async (c, d) => {
      const token = c.get('token')
      if (token) await deleteSession(d.meta, token)
      clearSessionCookie(c)
      return c.body(null, 204)
    },
  },
  {
    method: 'get',
    path: '/api/me',
    auth: 'user',
    tag: 'accounts',
    status: 200,
    summary: 'The signed-in user, their preferences and (participants) their review and group.',
    handler: (c) => json(c, presentMe(caller(c))),
  },
  {
    method: 'put',
    path: '/api/me/preferences',
    auth: 'user',
    tag: 'accounts',
    status: 200,
    body: PreferencesInput,
    summary: 'Remember the UI language of the signed-in user.',
    handler: async (c, d) => {
      const input = await readJson(c, PreferencesInput)
      const user = await setPreferences(d.meta, caller(c).id, input.lang)
      return json(c, { preferences: user?.preferences ?? {} })
    },
  },
  {
    method: 'get',
    path: '/api/users',
    auth: ['admin'],
    tag: 'accounts',
    status: 200,
    summary: 'All accounts (participants excluded).',
    handler: (c, d) => json(c, d.meta.data.users.filter((u) => u.role !== 'participant').map(presentUser)),
  },
  {
    method: 'post',
    path: '/api/users',
    auth: ['admin'],
    tag: 'accounts',
    status: 201,
    body: CreateUserInput,
    summary: 'Create an account; 409 when the name is taken.',
    handler: async (c, d) => {
      const input = await readJson(c, CreateUserInput)
      if (findAccountByName(d.meta, input.name))
        throw conflict(`An account named “${input.name}” already exists.`, 'name_taken')
      const user = await newAccount(input.name, input.password, input.role, d.now())
      if (findAccountByName(d.meta, input.name))
        throw conflict(`An account named “${input.name}” already exists.`, 'name_taken')
      await insertUser(d.meta, user)
      return json(c, { user: presentUser(user) }, 201)
    },
  },
  {
    method: 'put',
    path: '/api/users/:id/password',
    auth: ['admin'],
    tag: 'accounts',
    status: 200,
    body: PasswordInput,
    summary: 'Set a new password for an account; its other sessions end.',
    handler: async (c, d) => {
      const input = await readJson(c, PasswordInput)
      const target = getUser(d.meta, c.req.param('id') ?? '')
      if (!target) throw notFound('User')
      if (target.role === 'participant')
        throw badRequest('Participants have no password; they join with a code.')
      const { hash, salt } = await hashPassword(input.password)
      await patchUser(d.meta, target.id, { passwordHash: hash, salt })
      // A reset usually means the old password leaked: end the account's other sessions.
      await d.meta.update((data) => {
        data.sessions = data.sessions.filter(
          (s) => s.userId !== target.id || s.tokenHash === hashOf(c.get('token')),
        )
      })
      return json(c, { user: presentUser(target) })
    },
  },
]

function hashOf(token: string | null): string {
  return token ? hashToken(token) : ''
}
