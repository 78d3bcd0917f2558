/** Accounts: health, first-run setup, sign-in and out, the current user, and admin user management. */
import { z } from 'zod'
import {
  AccountAnswer,
  AccountView,
  ClientConfig,
  Health,
  MeView,
  PreferencesAnswer,
  SessionView,
  SetupState,
  UserAnswer,
} from '../../shared/domain/account.js'

import { changeAccount } from '../commands/accountAdmin.js'
import {
  checkCredentials,
  createAccount,
  rememberLanguage,
  resetPassword,
  setUp,
  signOut,
} from '../commands/accounts.js'
import { clearSessionCookie } from '../http/session.js'
import { APP_VERSION } from '../paths.js'
import { presentAccount, presentMe, presentUser } from '../presenters/user.js'
import { hasAdmin, listAccounts } from '../storage/users.js'
import {
  AccountChangeInput,
  CreateUserInput,
  Credentials,
  PasswordInput,
  PreferencesInput,
  SetupInput,
} from './accountSchemas.js'
import { route } from './route.js'
import { limitedByAddress, openSession, sessionAnswer } from './sessions.js'
import { caller, type RouteDef } from './types.js'

/** Account routes (contract + extensions). */
export const accountRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/health',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    response: Health,
    summary: 'Liveness, version, and the store and room bus in use (scale-out).',
    handler: (_c, d) => ({ ok: true, version: APP_VERSION, store: d.topology.store, bus: d.topology.bus() }),
  }),
  route({
    method: 'get',
    path: '/api/config',
    auth: 'user',
    tag: 'accounts',
    status: 200,
    response: ClientConfig,
    summary: 'Settings the UI needs: the public address join links and QR codes use (PUBLIC_URL, or null).',
    handler: (_c, d) => ({ publicUrl: d.publicUrl ?? null }),
  }),
  route({
    method: 'get',
    path: '/api/setup',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    response: SetupState,
    summary: 'Whether first-run setup (creating the first admin) is still open.',
    handler: (_c, d) => ({ needed: !hasAdmin(d.meta) }),
  }),
  route({
    method: 'post',
    path: '/api/setup',
    auth: 'public',
    tag: 'accounts',
    status: 201,
    response: SessionView,
    body: SetupInput,
    summary: 'Create the first admin; 409 once an admin exists.',
    handler: async (c, d, { body: input }) => {
      const { token, user } = await setUp(d.meta, input, { now: d.now(), ttlMs: d.sessionTtlMs })
      return sessionAnswer(c, d, token, user)
    },
  }),
  route({
    method: 'post',
    path: '/api/login',
    auth: 'public',
    tag: 'accounts',
    status: 200,
    response: SessionView,
    body: Credentials,
    summary: 'Sign in with name and password; 401 on wrong credentials, 429 when rate-limited.',
    handler: async (c, d, { body: input }) => {
      const found = await limitedByAddress(c, d, 'login', input.name.toLocaleLowerCase(), () =>
        checkCredentials(d.meta, input.name, input.password),
      )
      return openSession(c, d, found)
    },
  }),
  route({
    method: 'post',
    path: '/api/logout',
    auth: 'public',
    tag: 'accounts',
    status: 204,
    summary: 'End the current session and clear the cookie (204 even without one).',
    handler: async (c, d) => {
      await signOut(d.meta, d.rooms, c.get('token'))
      clearSessionCookie(c)
      return c.body(null, 204)
    },
  }),
  route({
    method: 'get',
    path: '/api/me',
    auth: 'user',
    tag: 'accounts',
    status: 200,
    response: MeView,
    summary: 'The signed-in user, their preferences and (participants) their review and group.',
    handler: (c) => presentMe(caller(c)),
  }),
  route({
    method: 'put',
    path: '/api/me/preferences',
    auth: 'user',
    tag: 'accounts',
    status: 200,
    response: PreferencesAnswer,
    body: PreferencesInput,
    summary: 'Remember the UI language of the signed-in user.',
    handler: async (c, d, { body: input }) => {
      const user = await rememberLanguage(d.meta, caller(c).id, input.lang)
      return { preferences: user?.preferences ?? {} }
    },
  }),
  route({
    method: 'get',
    path: '/api/users',
    auth: ['admin'],
    tag: 'accounts',
    status: 200,
    response: z.array(AccountView),
    summary: 'All accounts (participants excluded).',
    handler: (_c, d) => listAccounts(d.meta).map(presentAccount),
  }),
  route({
    method: 'post',
    path: '/api/users',
    auth: ['admin'],
    tag: 'accounts',
    status: 201,
    response: UserAnswer,
    body: CreateUserInput,
    summary: 'Create an account; 409 when the name is taken.',
    handler: async (_c, d, { body: input }) => {
      const user = await createAccount(d.meta, input, d.now())
      return { user: presentUser(user) }
    },
  }),
  route({
    method: 'put',
    path: '/api/users/:id/password',
    auth: ['admin'],
    tag: 'accounts',
    status: 200,
    response: UserAnswer,
    body: PasswordInput,
    summary: 'Set a new password for an account; its other sessions end.',
    handler: async (c, d, { body: input }) => {
      const userId = c.req.param('id') ?? ''
      const target = await resetPassword(d.meta, d.rooms, userId, input.password, c.get('token'))
      return { user: presentUser(target) }
    },
  }),
  route({
    method: 'patch',
    path: '/api/users/:id',
    auth: ['admin'],
    tag: 'accounts',
    status: 200,
    response: AccountAnswer,
    body: AccountChangeInput,
    summary:
      "Change another account's role or switch it off (its sessions end); 409 for one's own account or the last admin.",
    handler: async (c, d, { body: input }) => {
      const user = await changeAccount(d, caller(c), c.req.param('id') ?? '', input)
      return { user: presentAccount(user) }
    },
  }),
]
