/** Repository functions for users and sessions. */
import type { LanguageTag } from '../../shared/domain/language.js'
import { hashToken, newToken } from '../ids.js'
import type { MetaStore } from './metaStore.js'
import type { SessionRecord, UserRecord } from './metaTypes.js'

/** A staff account by name (case-insensitive); participants are not found here. */
export function findAccountByName(store: MetaStore, name: string): UserRecord | undefined {
  const key = name.trim().toLocaleLowerCase()
  return store.data.users.find((u) => u.role !== 'participant' && u.name.toLocaleLowerCase() === key)
}

/** A user by id. */
export function getUser(store: MetaStore, id: string): UserRecord | undefined {
  return store.data.users.find((u) => u.id === id)
}

/** Whether first-run setup already happened. */
/** The staff-side accounts (participants excluded). */
export function listAccounts(store: MetaStore): UserRecord[] {
  return store.data.users.filter((u) => u.role !== 'participant')
}

export function hasAdmin(store: MetaStore): boolean {
  return store.data.users.some((u) => u.role === 'admin')
}

/** Add a user. */
export function insertUser(store: MetaStore, user: UserRecord): Promise<UserRecord> {
  return store.update((d) => {
    d.users.push(user)
    return user
  })
}

/** Add the first admin; `null` when an admin exists already. The check runs inside the update, which
 * the PostgreSQL store serialises across instances, so two set-ups at once create one admin. */
export function insertFirstAdmin(store: MetaStore, user: UserRecord): Promise<UserRecord | null> {
  return store.update((d) => {
    if (d.users.some((u) => u.role === 'admin')) return null
    d.users.push(user)
    return user
  })
}

/** Change fields of a user in place. */
export function patchUser(
  store: MetaStore,
  id: string,
  patch: Partial<UserRecord>,
): Promise<UserRecord | undefined> {
  return store.update((d) => {
    const u = d.users.find((x) => x.id === id)
    if (u) Object.assign(u, patch)
    return u
  })
}

/** Remember the UI language of a user. */
export function setPreferences(
  store: MetaStore,
  id: string,
  lang: LanguageTag,
): Promise<UserRecord | undefined> {
  return store.update((d) => {
    const u = d.users.find((x) => x.id === id)
    if (u) u.preferences = { ...u.preferences, lang }
    return u
  })
}

/** Open a session for a user; returns the token (only its hash is stored). Expired sessions are pruned. */
export async function createSession(
  store: MetaStore,
  userId: string,
  now: Date,
  ttlMs: number,
): Promise<string> {
  const token = newToken()
  const session: SessionRecord = {
    tokenHash: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  }
  await store.update((d) => {
    const nowIso = now.toISOString()
    d.sessions = d.sessions.filter((s) => s.expiresAt > nowIso)
    d.sessions.push(session)
  })
  return token
}

/** The user behind a token, or null when it is unknown, expired or its user is gone. */
export function resolveSession(store: MetaStore, token: string, now: Date): UserRecord | null {
  const hash = hashToken(token)
  const s = store.data.sessions.find((x) => x.tokenHash === hash)
  if (!s || s.expiresAt <= now.toISOString()) return null
  const user = getUser(store, s.userId)
  return user && !user.deactivated ? user : null
}

/** End one session. */
export function deleteSession(store: MetaStore, token: string): Promise<void> {
  const hash = hashToken(token)
  return store.update((d) => {
    d.sessions = d.sessions.filter((s) => s.tokenHash !== hash)
  })
}

/** End every session of a user except the one whose hash is `keepHash` (the caller's own). */
export function endSessionsOf(store: MetaStore, userId: string, keepHash: string): Promise<void> {
  return store.update((d) => {
    d.sessions = d.sessions.filter((s) => s.userId !== userId || s.tokenHash === keepHash)
  })
}
