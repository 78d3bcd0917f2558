/**
 * Signing in and the session's own calls: first-run setup, sign-in, who I am, my preferences and
 * sign-out.
 */
import type { z } from 'zod'
import type { MeView, Preferences, SessionView, SetupState } from '../../../shared/domain/account'
import { api } from '../../api/client'

export type { Preferences }

/** `GET /api/me` body. */
export type Me = MeView

/** Where a name + password form posts: sign-in, or creating the first administrator. */
export type AuthEndpoint = '/api/login' | '/api/setup'

/** `GET /api/setup`: whether the first administrator still has to be created. */
export const isSetupNeeded = () => api.get<z.infer<typeof SetupState>>('/api/setup').then((r) => r.needed)

/** Post name and password to sign in or to create the first administrator (the cookie is set). */
export const postCredentials = (endpoint: AuthEndpoint, name: string, password: string) =>
  api.post<SessionView>(endpoint, { name, password })

/** `GET /api/me`. */
export const getMe = () => api.get<Me>('/api/me')

/** `PUT /api/me/preferences`. */
export const putPreferences = (preferences: Preferences) =>
  api.put<unknown>('/api/me/preferences', preferences)

/** `POST /api/logout`. */
export const logout = () => api.post<unknown>('/api/logout')
