/**
 * Issue 15, revocation over real sockets: signing out closes that session's open sockets with 4401 at
 * once (well under a second) and the token answers 401 from then on; a password reset does the same for
 * every other session of the account. Other sessions and other people stay connected.
 */
import { describe, expect, it } from 'vitest'
import { connectSynced, nextCloseCode, type TestPeer } from '../../helpers/wsClient.js'
import { call } from './helpers.js'
import { seededServerOfFile } from './serveApp.js'

const env = seededServerOfFile()

async function peer(room: string, token: string): Promise<TestPeer> {
  const p = await connectSynced(env.served.wsUrl, room, { token }, 10_000)
  env.peers.push(p)
  return p
}

/** A real HTTP request to the running server. */
async function http(method: string, path: string, token: string, body?: unknown): Promise<number> {
  const res = await fetch(env.served.httpUrl + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  await res.arrayBuffer()
  return res.status
}

/** Sign in again as one of the seeded accounts: a second session of the same person. */
async function login(name: string): Promise<string> {
  const r = await call(env.t.app, 'POST', '/api/login', { body: { name, password: 'password-123' } })
  expect(r.status).toBe(200)
  return r.body.token
}

/** Whether a peer's socket is still open after `ms` (nothing closed it). */
async function stillOpen(p: TestPeer, ms = 300): Promise<boolean> {
  await new Promise((r) => setTimeout(r, ms))
  return p.provider.wsconnected
}

describe('revocation closes open sockets', () => {
  it('sign-out closes that session’s sockets with 4401 within a second; the token then answers 401', async () => {
    const room = env.s.review.groups[0]!.room
    const other = await login('Fatima')
    const a1 = await peer(room, env.s.tokens.facilitator)
    const a2 = await peer(env.s.review.consolidatedRoom, env.s.tokens.facilitator)
    const b = await peer(room, other)
    const closes = [nextCloseCode(a1.provider, 5000), nextCloseCode(a2.provider, 5000)]
    const started = performance.now()
    expect(await http('POST', '/api/logout', env.s.tokens.facilitator)).toBe(204)
    expect(await Promise.all(closes)).toEqual([4401, 4401])
    const ms = performance.now() - started
    console.info(`sign-out → 2 sockets closed with 4401 in ${ms.toFixed(1)} ms`)
    expect(ms).toBeLessThan(1000)
    expect(await http('GET', '/api/me', env.s.tokens.facilitator)).toBe(401)
    // The same person's other session, and its socket, carry on.
    expect(await stillOpen(b)).toBe(true)
    expect(await http('GET', '/api/me', other)).toBe(200)
  })

  it('a password reset closes every other session’s sockets of the account with 4401 within a second', async () => {
    const room = env.s.review.groups[0]!.room
    const me = await call(env.t.app, 'GET', '/api/me', { token: env.s.tokens.staff })
    const second = await login('Sardor')
    const x1 = await peer(room, env.s.tokens.staff)
    const x2 = await peer(room, second)
    const admin = await peer(room, env.s.tokens.admin)
    const participant = await peer(room, env.s.tokens.pA)
    const closes = [nextCloseCode(x1.provider, 5000), nextCloseCode(x2.provider, 5000)]
    const started = performance.now()
    expect(
      await http('PUT', `/api/users/${me.body.user.id}/password`, env.s.tokens.admin, {
        password: 'new-secret-42',
      }),
    ).toBe(200)
    expect(await Promise.all(closes)).toEqual([4401, 4401])
    const ms = performance.now() - started
    console.info(`password reset → 2 sockets closed with 4401 in ${ms.toFixed(1)} ms`)
    expect(ms).toBeLessThan(1000)
    expect(await http('GET', '/api/me', env.s.tokens.staff)).toBe(401)
    expect(await http('GET', '/api/me', second)).toBe(401)
    expect(await stillOpen(admin)).toBe(true)
    expect(participant.provider.wsconnected).toBe(true)
  })

  it('resetting one’s own password keeps one’s own session and its sockets', async () => {
    const me = await call(env.t.app, 'GET', '/api/me', { token: env.s.tokens.admin })
    const room = env.s.review.groups[1]!.room
    const mine = await peer(room, env.s.tokens.admin)
    const path = `/api/users/${me.body.user.id}/password`
    expect(await http('PUT', path, env.s.tokens.admin, { password: 'admin-secret-42' })).toBe(200)
    expect(await stillOpen(mine)).toBe(true)
    expect(await http('GET', '/api/me', env.s.tokens.admin)).toBe(200)
  })
})
