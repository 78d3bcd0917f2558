/**
 * An administrator changes another account's role or switches it off: a deactivated account's
 * sessions end at once and it cannot sign in; nobody changes their own account this way; only admins
 * may; bad bodies get the contract's error body.
 */
import { describe, expect, it } from 'vitest'
import { call, seededAppPerTest } from './helpers.js'

const app = seededAppPerTest()

const userId = async (name: string): Promise<string> => {
  const { t, s } = app.current()
  const list = await call<{ id: string; name: string }[]>(t.app, 'GET', '/api/users', {
    token: s.tokens.admin,
  })
  return list.body.find((u) => u.name === name)!.id
}

describe('account administration', () => {
  it('changes a role; the list shows it', async () => {
    const { t, s } = app.current()
    const id = await userId('Fatima')
    const r = await call(t.app, 'PATCH', `/api/users/${id}`, {
      token: s.tokens.admin,
      body: { role: 'expert' },
    })
    expect(r.status).toBe(200)
    expect(r.body.user).toMatchObject({ id, role: 'expert' })
    // The same session now acts as an expert: managing reviews is refused.
    const create = await call(t.app, 'POST', '/api/reviews', {
      token: s.tokens.facilitator,
      body: { title: 'X', draftId: s.draft.id, groups: ['A'] },
    })
    expect(create.status).toBe(403)
  })

  it('switches an account off: its sessions end, it cannot sign in, and on again it can', async () => {
    const { t, s } = app.current()
    const id = await userId('Fatima')
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.facilitator })).status).toBe(200)
    const off = await call(t.app, 'PATCH', `/api/users/${id}`, {
      token: s.tokens.admin,
      body: { deactivated: true },
    })
    expect(off.status).toBe(200)
    expect(off.body.user.deactivated).toBe(true)
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.facilitator })).status).toBe(401)
    const login = await call(t.app, 'POST', '/api/login', {
      body: { name: 'Fatima', password: 'password-123' },
    })
    expect(login.status).toBe(403)
    expect(login.body.error.code).toBe('account_deactivated')
    await call(t.app, 'PATCH', `/api/users/${id}`, { token: s.tokens.admin, body: { deactivated: false } })
    expect(
      (await call(t.app, 'POST', '/api/login', { body: { name: 'Fatima', password: 'password-123' } }))
        .status,
    ).toBe(200)
  })

  it('refuses one’s own account, non-admins, participants and bad bodies', async () => {
    const { t, s } = app.current()
    const adminId = await userId('Admin')
    const own = await call(t.app, 'PATCH', `/api/users/${adminId}`, {
      token: s.tokens.admin,
      body: { role: 'staff' },
    })
    expect(own.status).toBe(409)
    expect(own.body.error.code).toBe('own_account')
    const fatima = await userId('Fatima')
    const byStaff = await call(t.app, 'PATCH', `/api/users/${fatima}`, {
      token: s.tokens.staff,
      body: { role: 'staff' },
    })
    expect(byStaff.status).toBe(403)
    const participant = await call(t.app, 'PATCH', `/api/users/${s.users.pA.id}`, {
      token: s.tokens.admin,
      body: { role: 'staff' },
    })
    expect(participant.status).toBe(404)
    const bad = await call(t.app, 'PATCH', `/api/users/${fatima}`, {
      token: s.tokens.admin,
      body: { role: 'participant' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBeTypeOf('string')
    const nothing = await call(t.app, 'PATCH', `/api/users/${fatima}`, { token: s.tokens.admin, body: {} })
    expect(nothing.status).toBe(400)
  })
})
