/** The admin pages' HTTP calls: accounts and methodology packs. */
import type { z } from 'zod'
import type { AccountView, UserAnswer } from '../../../shared/domain/account'
import type { PublicUser } from '../../../shared/domain/review'
import { api } from '../../api/client'
import type { PackSummary } from './packs'

const userPath = (userId: string) => `/api/users/${encodeURIComponent(userId)}`

/** An account as the user list shows it (declared once in shared/domain). */
export type Account = AccountView

/** A change to an account: its role (never participant) and whether it is switched off. */
export type AccountChange = { role?: Exclude<PublicUser['role'], 'participant'>; deactivated?: boolean }

/** What creating an account takes. */
export type NewAccount = { name: string; password: string; role: PublicUser['role'] }

/** `GET /api/users`. */
export const listAccounts = () => api.get<Account[]>('/api/users')

/** `POST /api/users`: the new account. */
export const createAccount = (input: NewAccount) =>
  api.post<z.infer<typeof UserAnswer>>('/api/users', input).then((res) => res.user)

/** `PATCH /api/users/:id`. */
export const changeAccount = (userId: string, change: AccountChange) =>
  api.patch<unknown>(userPath(userId), change)

/** `PUT /api/users/:id/password` (the account's sessions end). */
export const resetPassword = (userId: string, password: string) =>
  api.put<unknown>(`${userPath(userId)}/password`, { password })

/** `GET /api/methodologies`. */
export const listPacks = () => api.get<PackSummary[]>('/api/methodologies')

/** `POST /api/methodologies`: import a pack version (already parsed from the admin's file). */
export const importPack = (pack: unknown) => api.post<PackSummary>('/api/methodologies', pack)
