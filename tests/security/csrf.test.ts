/**
 * HTTP hardening, in process: cross-site writes (text/plain bodies, foreign Origin, Sec-Fetch-Site)
 * are refused with or without a cookie, API answers are not cached, HSTS only over https, unknown
 * Host names are refused (DNS rebinding), and the password and title rules.
 */
import { describe, expect, it } from 'vitest'
import { call, makeApp, seed } from '../server/api/helpers.js'

const EVIL = 'https://evil.example'

describe('cross-site writes', () => {
  it('refuses a text/plain login (a form can send one cross-site) with 415', async () => {
    const t = await makeApp()
    await seed(t.app)
    const r = await call(t.app, 'POST', '/api/login', {
      raw: JSON.stringify({ name: 'Fatima', password: 'password-123' }),
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(r.status).toBe(415)
    expect(r.body.error.code).toBe('unsupported_type')
    expect(r.headers.get('set-cookie')).toBeNull()
    const form = await call(t.app, 'POST', '/api/join', {
      raw: 'code=x&name=y&groupId=z',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(415)
    await t.close()
  })

  it('refuses a foreign Origin or Sec-Fetch-Site: cross-site on writes, with no cookie, a cookie or a bearer', async () => {
    const t = await makeApp()
    const s = await seed(t.app)
    const login = { name: 'Fatima', password: 'password-123' }
    const cases: Record<string, string>[] = [
      { Origin: EVIL },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { Origin: EVIL, Cookie: `shaffof_session=${s.tokens.admin}` },
    ]
    for (const headers of cases) {
      const r = await call(t.app, 'POST', '/api/login', { body: login, headers })
      expect(r.status, JSON.stringify(headers)).toBe(403)
      expect(r.headers.get('set-cookie')).toBeNull()
    }
    const bearer = await call(t.app, 'PUT', `/api/reviews/${s.review.id}/phase`, {
      token: s.tokens.facilitator,
      body: { phase: 'closed' },
      headers: { Origin: EVIL },
    })
    expect(bearer.status).toBe(403)
    const review = await call(t.app, 'GET', `/api/reviews/${s.review.id}`, { token: s.tokens.admin })
    expect(review.body.phase).toBe('annotate')
    // Our own pages and scripts without an Origin still work; reads from anywhere too.
    expect(
      (await call(t.app, 'POST', '/api/login', { body: login, headers: { Origin: 'http://localhost' } }))
        .status,
    ).toBe(200)
    expect(
      (await call(t.app, 'POST', '/api/login', { body: login, headers: { 'Sec-Fetch-Site': 'same-origin' } }))
        .status,
    ).toBe(200)
    expect((await call(t.app, 'POST', '/api/login', { body: login })).status).toBe(200)
    expect((await call(t.app, 'GET', '/api/health', { headers: { Origin: EVIL } })).status).toBe(200)
    await t.close()
  })

  it('lets an allowed origin (ALLOWED_ORIGINS) write', async () => {
    const t = await makeApp({ allowedOrigins: ['http://localhost:5173'] })
    await seed(t.app)
    const r = await call(t.app, 'POST', '/api/login', {
      body: { name: 'Fatima', password: 'password-123' },
      headers: { Origin: 'http://localhost:5173', 'Sec-Fetch-Site': 'same-site' },
    })
    expect(r.status).toBe(200)
    await t.close()
  })
})

describe('headers and hosts', () => {
  it('marks API answers no-store and sends HSTS only over https', async () => {
    const t = await makeApp()
    const s = await seed(t.app)
    const r = await call(t.app, 'GET', `/api/reviews/${s.review.id}`, { token: s.tokens.admin })
    expect(r.headers.get('cache-control')).toBe('no-store')
    expect((await call(t.app, 'GET', '/api/nope')).headers.get('cache-control')).toBe('no-store')
    expect(r.headers.get('strict-transport-security')).toBeNull()
    const https = await t.app.request('https://localhost/api/health')
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    await t.close()
    const behindTls = await makeApp({ publicUrl: 'https://shaffof.example.uz' })
    const h = await behindTls.app.request('http://shaffof.example.uz/api/health')
    expect(h.status).toBe(200)
    expect(h.headers.get('strict-transport-security')).toMatch(/max-age/)
    await behindTls.close()
  })

  it('answers only for its own host names (DNS rebinding)', async () => {
    const t = await makeApp({ listenHost: 'seminar.lan' })
    const status = async (url: string) => (await t.app.request(url)).status
    expect(await status('http://rebind.attacker.example:3000/api/health')).toBe(403)
    const body = await (
      await t.app.request('http://rebind.attacker.example/api/setup', { method: 'POST' })
    ).json()
    expect(body.error.code).toBe('host_not_allowed')
    for (const ok of [
      'http://127.0.0.1:3000',
      'http://localhost:3000',
      'http://[::1]:3000',
      'http://192.168.1.20:3000',
      'http://seminar.lan:3000',
    ])
      expect(await status(`${ok}/api/health`), ok).toBe(200)
    await t.close()
    const pub = await makeApp({ publicUrl: 'https://shaffof.example.uz' })
    expect((await pub.app.request('https://shaffof.example.uz/api/health')).status).toBe(200)
    expect((await pub.app.request('https://other.example.uz/api/health')).status).toBe(403)
    await pub.close()
  })
})

describe('passwords, titles and names', () => {
  it('refuses short, blank and common passwords with a readable 400', async () => {
    const t = await makeApp()
    for (const password of ['short-pw1', ' '.repeat(12), 'password123', 'QWERTYUIOP']) {
      const r = await call(t.app, 'POST', '/api/setup', { body: { name: 'Admin', password } })
      expect(r.status, password).toBe(400)
      expect(r.body.error.message).toMatch(/Password|password/)
    }
    expect(
      (await call(t.app, 'POST', '/api/setup', { body: { name: 'Admin', password: 'a long passphrase' } }))
        .status,
    ).toBe(201)
    await t.close()
  })

  it('refuses line breaks and control characters in titles, group names and names', async () => {
    const t = await makeApp()
    const s = await seed(t.app)
    const draft = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'Permits\r\nSession expired', text: 'Modda 1. Matn.' },
    })
    expect(draft.status).toBe(400)
    for (const body of [
      { title: 'A\nB', draftId: s.draft.id, groups: ['G'] },
      { title: 'Fine', draftId: s.draft.id, groups: ['G\u202eevil'] },
    ]) {
      const r = await call(t.app, 'POST', '/api/reviews', { token: s.tokens.facilitator, body })
      expect(r.status).toBe(400)
    }
    const join = await call(t.app, 'POST', '/api/join', {
      body: { code: s.review.joinCode, name: 'Eve\u0007', groupId: s.groupA },
    })
    expect(join.status).toBe(400)
    await t.close()
  })
})
