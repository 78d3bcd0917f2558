/**
 * The signed-in session: who I am, my preferences and (for participants) my review and group.
 * Known only by asking `GET /api/me`: the session itself is the httpOnly cookie the server set, which no
 * script on the page can read, so nothing secret is kept in web storage or put into WebSocket URLs.
 */

import type { ReactNode } from 'react'
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { LanguageTag } from '../../shared/domain/language'
import type { PublicUser } from '../../shared/domain/review'
import { forgetStoredToken, SIGNED_OUT_EVENT } from '../api/client'
import { getMe, logout, type Me, type Preferences, putPreferences } from '../features/auth/api'
import { applyLanguage, isLanguageTag, languageFromUrl } from '../i18n'
import { forgetOfflineData } from './offlineShell'

export type { Me, Preferences }

/** What `useSession()` gives every screen. */
export type Session = {
  status: 'loading' | 'ready'
  user: PublicUser | null
  preferences: Preferences
  participant: Me['participant'] | null
  /** Re-read `/api/me` (after a move between groups, for example). */
  refresh: () => Promise<void>
  /** Load the session setup/login/join just started (its cookie is already set). */
  signIn: () => Promise<void>
  signOut: () => Promise<void>
  /** Change the UI language, remembered on this device and for the signed-in user. */
  setLanguage: (tag: LanguageTag) => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

/** Provide the session to the app; the language preference is applied once it is known. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading')
  const [me, setMe] = useState<Me | null>(null)

  const refresh = useCallback(async () => {
    try {
      const data = await getMe()
      setMe(data)
      const urlLang = languageFromUrl()
      if (urlLang && urlLang !== data.preferences?.lang) {
        // `?lang=` wins and becomes the user's remembered choice.
        void putPreferences({ lang: urlLang }).catch(() => undefined)
      } else if (!urlLang && isLanguageTag(data.preferences?.lang)) {
        await applyLanguage(data.preferences.lang)
      }
    } catch {
      setMe(null)
    } finally {
      setStatus('ready')
    }
  }, [])

  useEffect(() => {
    forgetStoredToken()
    void refresh()
  }, [refresh])

  // A request met 401: the session expired or was revoked; drop it so guards send the user to sign in.
  useEffect(() => {
    const onSignedOut = () => {
      setMe(null)
    }
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut)
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut)
  }, [])

  const signIn = useCallback(() => refresh(), [refresh])

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined)
    forgetOfflineData()
    forgetStoredToken()
    setMe(null)
  }, [])

  const setLanguage = useCallback(
    async (tag: LanguageTag) => {
      await applyLanguage(tag)
      if (me) {
        setMe({ ...me, preferences: { ...me.preferences, lang: tag } })
        await putPreferences({ lang: tag }).catch(() => undefined)
      }
    },
    [me],
  )

  const value = useMemo<Session>(
    () => ({
      status,
      user: me?.user ?? null,
      preferences: me?.preferences ?? {},
      participant: me?.participant ?? null,
      refresh,
      signIn,
      signOut,
      setLanguage,
    }),
    [status, me, refresh, signIn, signOut, setLanguage],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

/** The current session; must be used inside `<SessionProvider>`. */
export function useSession(): Session {
  const s = useContext(SessionContext)
  if (!s) throw new Error('useSession() outside <SessionProvider>')
  return s
}

/** Roles that run reviews (create, phase changes, console). */
export function canFacilitate(user: PublicUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'facilitator'
}
