// @vitest-environment jsdom
/**
 * The browser client's only credential is the httpOnly cookie: requests go out same-origin with no
 * Authorization header even when an old version left a token in web storage, and that token is removed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, forgetStoredToken } from '../../../client/api/client'
import { wsUrl } from '../../../client/collab/wsUrl'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
  sessionStorage.clear()
})

describe('cookie session in the client', () => {
  it('sends the same-origin cookie and never a stored token', async () => {
    localStorage.setItem('shaffof.token', 'old-token')
    const fetchMock = vi.fn(
      async (_input: string, _init?: RequestInit) => new Response('{}', { status: 200 }),
    )
    vi.stubGlobal('fetch', fetchMock)
    await api.get('/api/me')
    await api.post('/api/logout')
    for (const [, init] of fetchMock.mock.calls) {
      expect(init?.credentials).toBe('same-origin')
      expect(new Headers(init?.headers).has('Authorization')).toBe(false)
    }
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('removes a token an earlier version stored', () => {
    localStorage.setItem('shaffof.token', 'old-token')
    sessionStorage.setItem('shaffof.token', 'old-token')
    localStorage.setItem('shaffof.lang', 'en')
    forgetStoredToken()
    expect(localStorage.getItem('shaffof.token')).toBeNull()
    expect(sessionStorage.getItem('shaffof.token')).toBeNull()
    expect(localStorage.getItem('shaffof.lang')).toBe('en')
  })

  it('builds WebSocket URLs with no token in them', () => {
    localStorage.setItem('shaffof.token', 'old-token')
    expect(wsUrl('/collab')).toBe(`${location.origin.replace(/^http/, 'ws')}/collab`)
  })
})
