// @vitest-environment jsdom
/**
 * The shell in jsdom with a fake API: first-run goes to setup, a staff user is kept out of admin
 * pages, and a signed-in user sees the review list with its phases.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../../client/app/App'
import { initI18n } from '../../../client/i18n'

type Routes = Record<string, { status: number; body: unknown }>

function fakeApi(routes: Routes) {
  const calls: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const path = String(input)
      calls.push(`${init?.method ?? 'GET'} ${path}`)
      const hit = routes[`${init?.method ?? 'GET'} ${path}`] ?? {
        status: 404,
        body: { error: { code: 'not_found', message: 'nope' } },
      }
      return new Response(JSON.stringify(hit.body), {
        status: hit.status,
        headers: { 'Content-Type': 'application/json' },
      })
    }),
  )
  return calls
}

let root: Root | null = null
let host: HTMLElement | null = null

async function mount(path: string) {
  window.history.replaceState(null, '', path)
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(<App />))
}

beforeAll(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  initI18n('en')
})

afterEach(async () => {
  await act(async () => root?.unmount())
  host?.remove()
  vi.unstubAllGlobals()
  localStorage.clear()
})

const unauthorized = { status: 401, body: { error: { code: 'not_signed_in', message: 'Sign in first.' } } }

describe('app shell', () => {
  it('sends the first visitor to setup while no admin exists', async () => {
    fakeApi({ 'GET /api/me': unauthorized, 'GET /api/setup': { status: 200, body: { needed: true } } })
    await mount('/')
    await vi.waitFor(() => expect(window.location.pathname).toBe('/setup'))
    await vi.waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Welcome to Shaffof'))
    expect(document.querySelector('input[name=password]')?.getAttribute('autocomplete')).toBe('new-password')
  })

  it('sends a signed-out visitor to sign-in, remembering where they wanted to go', async () => {
    fakeApi({ 'GET /api/me': unauthorized, 'GET /api/setup': { status: 200, body: { needed: false } } })
    await mount('/drafts')
    await vi.waitFor(() => expect(window.location.pathname).toBe('/login'))
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/drafts')
    await vi.waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Sign in'))
  })

  it('keeps staff out of the admin page', async () => {
    fakeApi({
      'GET /api/me': {
        status: 200,
        body: { user: { id: 's', name: 'Sardor', role: 'staff' }, preferences: {} },
      },
    })
    await mount('/admin/users')
    await vi.waitFor(() => expect(document.body.textContent).toContain('Not available for your role'))
    expect(document.querySelector('nav a[href="/admin/users"]')).toBeNull()
  })

  it('lists reviews with their phase and group count for a facilitator', async () => {
    const calls = fakeApi({
      'GET /api/me': {
        status: 200,
        body: { user: { id: 'f', name: 'Feruza', role: 'facilitator' }, preferences: {} },
      },
      'GET /api/reviews': {
        status: 200,
        body: [
          {
            id: 'r1',
            title: 'Seminar A',
            draftId: 'd1',
            versionId: 'v1',
            methodologyId: 'm',
            phase: 'reveal',
            groups: [
              { id: 'g1', name: 'A', room: 'x' },
              { id: 'g2', name: 'B', room: 'y' },
            ],
            consolidatedRoom: 'z',
            createdAt: '2026-01-02T10:00:00Z',
          },
          {
            id: 'r2',
            title: 'Seminar <b>B</b>',
            draftId: 'd1',
            versionId: 'v1',
            methodologyId: 'm',
            phase: 'annotate',
            groups: [{ id: 'g3', name: 'C', room: 'w' }],
            consolidatedRoom: 'q',
            createdAt: '2026-02-02T10:00:00Z',
          },
        ],
      },
      'GET /api/drafts': {
        status: 200,
        body: [
          { id: 'd1', title: 'Law on X', language: 'en', createdAt: '2026-01-01T00:00:00Z', versions: [] },
        ],
      },
    })
    await mount('/')
    await vi.waitFor(() => expect(document.querySelectorAll('[data-testid=reviews-list] li')).toHaveLength(2))
    const items = [...document.querySelectorAll('[data-testid=reviews-list] li')].map((li) => li.textContent)
    // Newest first; user text is escaped, never parsed as HTML.
    expect(items[0]).toContain('Seminar <b>B</b>')
    expect(items[0]).toContain('Annotation')
    expect(items[0]).toContain('1 group')
    expect(items[1]).toContain('Comparison')
    expect(items[1]).toContain('2 groups')
    expect(document.querySelector('[data-testid=reviews-list] b')).toBeNull()
    expect(calls).toContain('GET /api/reviews')
    expect(document.querySelector('[data-testid=new-review]')).not.toBeNull()
  })

  it('signs out and asks to sign in again when the session expires mid-way (401)', async () => {
    localStorage.setItem('shaffof.token', 'stale')
    fakeApi({
      'GET /api/me': {
        status: 200,
        body: { user: { id: 'f', name: 'Feruza', role: 'facilitator' }, preferences: {} },
      },
      'GET /api/reviews': unauthorized,
      'GET /api/drafts': unauthorized,
      'GET /api/setup': { status: 200, body: { needed: false } },
    })
    await mount('/')
    await vi.waitFor(() => expect(window.location.pathname).toBe('/login'))
    expect(localStorage.getItem('shaffof.token')).toBeNull()
  })
})
