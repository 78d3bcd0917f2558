import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openMetaStore } from '../../../server/storage/metaStore.js'
import { call, makeApp, type TestApp } from './helpers.js'

const apps: TestApp[] = []
const dirs: string[] = []
async function fresh(extra: Parameters<typeof makeApp>[0] = {}): Promise<TestApp> {
  const t = await makeApp(extra)
  apps.push(t)
  return t
}
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const ADMIN = { name: 'Admin', password: 'correct horse battery' }

describe('health and setup', () => {
  it('reports health with a semver version, no auth', async () => {
    const { app } = await fresh()
    const r = await call(app, 'GET', '/api/health')
    expect(r.status).toBe(200)
    expect(r.body.ok).toBe(true)
    expect(r.body.version).toMatch(/^\d+\.\d+\.\d+/)
    // Scale-out fields: the zero-setup default is files and a single instance.
    expect([r.body.store, r.body.bus]).toEqual(['files', 'local'])
  })

  it('creates the first admin once, with token and httpOnly cookie; 409 afterwards', async () => {
    const { app } = await fresh()
    expect((await call(app, 'GET', '/api/setup')).body).toEqual({ needed: true })
    const r = await call(app, 'POST', '/api/setup', { body: ADMIN })
    expect(r.status).toBe(201)
    expect(r.body.user).toMatchObject({ name: 'Admin', role: 'admin' })
    expect(typeof r.body.token).toBe('string')
    const cookie = r.headers.get('set-cookie') ?? ''
    expect(cookie).toContain(`shaffof_session=${r.body.token}`)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
    const again = await call(app, 'POST', '/api/setup', {
      body: { name: 'Other', password: 'another password' },
    })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('setup_done')
    expect((await call(app, 'GET', '/api/setup')).body).toEqual({ needed: false })
  })

  it('rejects bad setup input with 400 and the contract body', async () => {
    const { app } = await fresh()
    for (const body of [
      { name: 'A' },
      { name: '', password: 'long enough pw' },
      { name: 'A', password: 'short' },
    ]) {
      const r = await call(app, 'POST', '/api/setup', { body })
      expect(r.status).toBe(400)
      expect(r.body.error.code).toBe('invalid_input')
      expect(typeof r.body.error.message).toBe('string')
    }
    const malformed = await call(app, 'POST', '/api/setup', {
      raw: '{"name":',
      headers: { 'Content-Type': 'application/json' },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.code).toBe('malformed_json')
  })
})

describe('sign-in', () => {
  it('logs in, authenticates by bearer and by cookie, and logs out', async () => {
    const { app } = await fresh()
    await call(app, 'POST', '/api/setup', { body: ADMIN })
    const login = await call(app, 'POST', '/api/login', { body: { name: 'admin', password: ADMIN.password } })
    expect(login.status).toBe(200)
    const token = login.body.token
    expect((await call(app, 'GET', '/api/me', { token })).body.user).toMatchObject({
      name: 'Admin',
      role: 'admin',
    })
    const byCookie = await call(app, 'GET', '/api/me', { headers: { Cookie: `shaffof_session=${token}` } })
    expect(byCookie.status).toBe(200)
    const out = await call(app, 'POST', '/api/logout', { token })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toMatch(/shaffof_session=;/)
    expect((await call(app, 'GET', '/api/me', { token })).status).toBe(401)
  })

  it('answers 401 for wrong password, unknown name, forged and expired tokens', async () => {
    const t = await fresh()
    const { token } = (await call(t.app, 'POST', '/api/setup', { body: ADMIN })).body
    const wrong = await call(t.app, 'POST', '/api/login', {
      body: { name: 'Admin', password: 'nope nope nope' },
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.error.code).toBe('invalid_credentials')
    expect(
      (await call(t.app, 'POST', '/api/login', { body: { name: 'Ghost', password: 'whatever1' } })).status,
    ).toBe(401)
    expect((await call(t.app, 'GET', '/api/me', { token: `${token.slice(0, -2)}xx` })).status).toBe(401)
    expect((await call(t.app, 'GET', '/api/me', { headers: { Authorization: 'Basic abc' } })).status).toBe(
      401,
    )
    t.clock.now = new Date(t.clock.now.getTime() + 31 * 24 * 3600 * 1000)
    const expired = await call(t.app, 'GET', '/api/me', { token })
    expect(expired.status).toBe(401)
    expect(expired.body.error.code).toBe('not_signed_in')
  })

  it('rate-limits login attempts per address and name with 429', async () => {
    const { app } = await fresh()
    await call(app, 'POST', '/api/setup', { body: ADMIN })
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await call(app, 'POST', '/api/login', { body: { name: 'Admin', password: 'wrong password' } }))
          .status,
      )
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    const limited = await call(app, 'POST', '/api/login', { body: ADMIN })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('too_many_requests')
  })

  it('counts only failures: many good sign-ins from one address are never refused', async () => {
    const { app } = await fresh()
    await call(app, 'POST', '/api/setup', { body: ADMIN })
    for (let i = 0; i < 70; i++)
      expect((await call(app, 'POST', '/api/login', { body: ADMIN })).status).toBe(200)
  })

  it('keeps sign-ins across a restart on the same DATA_DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shaffof-restart-'))
    dirs.push(dir)
    const first = await fresh({ meta: await openMetaStore(dir) })
    const { token } = (await call(first.app, 'POST', '/api/setup', { body: ADMIN })).body
    await first.meta.flush()
    const second = await fresh({ meta: await openMetaStore(dir) })
    const me = await call(second.app, 'GET', '/api/me', { token })
    expect(me.status).toBe(200)
    expect(me.body.user.name).toBe('Admin')
    expect((await call(second.app, 'POST', '/api/setup', { body: ADMIN })).status).toBe(409)
  })
})

describe('users and preferences', () => {
  it('lets the admin create, list and reset accounts', async () => {
    const { app } = await fresh()
    const admin = (await call(app, 'POST', '/api/setup', { body: ADMIN })).body.token
    const created = await call(app, 'POST', '/api/users', {
      token: admin,
      body: { name: 'Fatima', password: 'password-1', role: 'facilitator' },
    })
    expect(created.status).toBe(201)
    expect(created.body.user).toMatchObject({ name: 'Fatima', role: 'facilitator' })
    expect(Object.keys(created.body.user).sort()).toEqual(['id', 'name', 'role'])
    const dup = await call(app, 'POST', '/api/users', {
      token: admin,
      body: { name: 'fatima', password: 'password-2', role: 'expert' },
    })
    expect(dup.status).toBe(409)
    for (const body of [
      { name: 'X', password: 'password-1' },
      { name: 'X', role: 'staff' },
      { password: 'password-1', role: 'staff' },
    ]) {
      expect((await call(app, 'POST', '/api/users', { token: admin, body })).status).toBe(400)
    }
    expect(
      (
        await call(app, 'POST', '/api/users', {
          token: admin,
          body: { name: 'P', password: 'password-1', role: 'participant' },
        })
      ).status,
    ).toBe(400)
    const list = await call(app, 'GET', '/api/users', { token: admin })
    expect(list.body.map((u: { name: string }) => u.name).sort()).toEqual(['Admin', 'Fatima'])
    expect(JSON.stringify(list.body)).not.toMatch(/hash|salt/i)

    const fatima = (
      await call(app, 'POST', '/api/login', { body: { name: 'Fatima', password: 'password-1' } })
    ).body.token
    expect((await call(app, 'GET', '/api/users', { token: fatima })).status).toBe(403)
    const reset = await call(app, 'PUT', `/api/users/${created.body.user.id}/password`, {
      token: admin,
      body: { password: 'new-password-9' },
    })
    expect(reset.status).toBe(200)
    expect((await call(app, 'GET', '/api/me', { token: fatima })).status).toBe(401)
    expect(
      (await call(app, 'POST', '/api/login', { body: { name: 'Fatima', password: 'password-1' } })).status,
    ).toBe(401)
    expect(
      (await call(app, 'POST', '/api/login', { body: { name: 'Fatima', password: 'new-password-9' } }))
        .status,
    ).toBe(200)
    expect(
      (
        await call(app, 'PUT', '/api/users/nobody/password', {
          token: admin,
          body: { password: 'new-password-9' },
        })
      ).status,
    ).toBe(404)
  })

  it('remembers the UI language', async () => {
    const { app } = await fresh()
    const token = (await call(app, 'POST', '/api/setup', { body: ADMIN })).body.token
    expect(
      (await call(app, 'PUT', '/api/me/preferences', { token, body: { lang: 'uz-Cyrl' } })).body,
    ).toEqual({ preferences: { lang: 'uz-Cyrl' } })
    expect((await call(app, 'GET', '/api/me', { token })).body.preferences).toEqual({ lang: 'uz-Cyrl' })
    expect((await call(app, 'PUT', '/api/me/preferences', { token, body: { lang: 'de' } })).status).toBe(400)
  })
})
