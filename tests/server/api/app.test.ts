import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ALL_ROUTES } from '../../../server/app.js'
import { loadEnv } from '../../../server/env.js'
import { AppError } from '../../../server/errors.js'
import type { AppEnv } from '../../../server/http/context.js'
import { createErrorHandler } from '../../../server/http/errorHandler.js'
import type { Logger } from '../../../server/log.js'
import { call, makeApp, type TestApp } from './helpers.js'

const apps: TestApp[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const t of apps.splice(0)) await t.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
async function fresh(extra: Parameters<typeof makeApp>[0] = {}) {
  const t = await makeApp(extra)
  apps.push(t)
  return t
}

describe('errors and headers', () => {
  it('answers unknown API routes with a JSON 404 in the contract shape', async () => {
    const { app } = await fresh()
    const r = await call(app, 'GET', '/api/nope')
    expect(r.status).toBe(404)
    expect(r.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } })
    expect((await call(app, 'DELETE', '/api/health')).status).toBe(404)
  })

  it('sends a CSP the editor works under, plus a request id', async () => {
    const { app } = await fresh()
    const r = await call(app, 'GET', '/api/health')
    const csp = r.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'self' ws: wss:")
    expect(csp).toContain("style-src 'self' 'unsafe-inline'")
    expect(csp).toContain("img-src 'self' data: blob:")
    expect(csp).toContain("worker-src 'self' blob:")
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect(r.headers.get('x-request-id')).toBeTruthy()
  })

  it('limits JSON bodies to 1 MiB with a contract 413', async () => {
    const { app } = await fresh()
    const big = JSON.stringify({ name: 'x'.repeat(1.2 * 1024 * 1024), password: 'whatever1' })
    const r = await call(app, 'POST', '/api/login', {
      raw: big,
      headers: { 'Content-Type': 'application/json' },
    })
    expect(r.status).toBe(413)
    expect(r.body.error.code).toBe('too_large')
  })

  it('turns unknown errors into an opaque 500 logged with the request id', async () => {
    const logged: Record<string, unknown>[] = []
    const log: Logger = {
      error: (_m, f) => void logged.push(f ?? {}),
      warn: () => {},
      info: () => {},
      debug: () => {},
    }
    const app = new Hono<AppEnv>()
    app.use(async (c, next) => {
      c.set('requestId', 'req-42')
      await next()
    })
    app.onError(createErrorHandler(log))
    app.get('/boom', () => {
      throw new Error('secret internals at /srv/app.ts:12')
    })
    app.get('/app', () => {
      throw new AppError(409, 'taken', 'Taken.')
    })
    app.get('/zod', () => {
      z.object({ a: z.string() }).parse({})
      return new Response('unreachable')
    })
    const boom = await app.request('/boom')
    const text = await boom.text()
    expect(boom.status).toBe(500)
    expect(text).not.toContain('secret')
    expect(JSON.parse(text).error.code).toBe('internal_error')
    expect(logged[0]).toMatchObject({ requestId: 'req-42' })
    expect(await (await app.request('/app')).json()).toEqual({ error: { code: 'taken', message: 'Taken.' } })
    expect((await app.request('/zod')).status).toBe(400)
  })
})

describe('openapi', () => {
  it('lists every route of the table with its schemas', async () => {
    const { app } = await fresh()
    const r = await call(app, 'GET', '/api/openapi.json')
    expect(r.status).toBe(200)
    expect(r.body.openapi).toBe('3.1.0')
    for (const route of ALL_ROUTES) {
      const p = route.path.replace(/:([A-Za-z]+)/g, '{$1}')
      expect(r.body.paths[p]?.[route.method], `${route.method} ${p}`).toBeDefined()
    }
    expect(r.body.paths['/collab/{room}'].get).toBeDefined()
    const setup = r.body.paths['/api/setup'].post
    expect(setup.requestBody.content['application/json'].schema.properties).toHaveProperty('password')
    expect(r.body.paths['/api/drafts'].post.requestBody.content).toHaveProperty('multipart/form-data')
    const report = r.body.paths['/api/reviews/{id}/report'].get
    expect(report.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['id', 'scope', 'format', 'lang']),
    )
  })
})

describe('static client', () => {
  it('serves dist with an SPA fallback but never for /api', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shaffof-dist-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Shaffof</title>')
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)')
    const { app } = await fresh({ distDir: dir })
    const page = await app.request('/review/abc')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Shaffof</title>')
    const asset = await app.request('/assets/app.js')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await call(app, 'GET', '/api/missing')).status).toBe(404)
  })
})

describe('env', () => {
  it('has the contract defaults and fails fast on bad values', () => {
    const env = loadEnv({})
    expect([env.host, env.port, env.dataDir.endsWith('/data')]).toEqual(['127.0.0.1', 3000, true])
    expect(
      loadEnv({ ALLOWED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173' }).allowedOrigins,
    ).toHaveLength(2)
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })

  it('takes DATABASE_URL and REDIS_URL, and refuses REDIS_URL alone', () => {
    const both = loadEnv({ DATABASE_URL: 'postgres://u@db/shaffof', REDIS_URL: 'redis://cache:6379' })
    expect([both.databaseUrl, both.redisUrl]).toEqual(['postgres://u@db/shaffof', 'redis://cache:6379'])
    expect(loadEnv({ DATABASE_URL: '', REDIS_URL: '' }).databaseUrl).toBeUndefined()
    expect(() => loadEnv({ REDIS_URL: 'redis://cache:6379' })).toThrow(/DATABASE_URL is needed/)
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
  })

  it('takes PUBLIC_URL (the address phones open) without a trailing slash, and refuses a non-web one', () => {
    expect(loadEnv({ PUBLIC_URL: 'http://192.168.1.10:3000/' }).publicUrl).toBe('http://192.168.1.10:3000')
    expect(loadEnv({}).publicUrl).toBeUndefined()
    expect(() => loadEnv({ PUBLIC_URL: 'shaffof.uz' })).toThrow(/PUBLIC_URL/)
  })
})

describe('cross-origin writes', () => {
  it('refuses writes from a foreign Origin, cookie or bearer, but accepts our own', async () => {
    const { app } = await fresh()
    const token = (
      await call(app, 'POST', '/api/setup', { body: { name: 'Admin', password: 'correct horse battery' } })
    ).body.token
    const body = { lang: 'ru' }
    const cookie = { Cookie: `shaffof_session=${token}` }
    const foreign = await call(app, 'PUT', '/api/me/preferences', {
      body,
      headers: { ...cookie, Origin: 'https://evil.example' },
    })
    expect(foreign.status).toBe(403)
    const own = await call(app, 'PUT', '/api/me/preferences', {
      body,
      headers: { ...cookie, Origin: 'http://localhost' },
    })
    expect(own.status).toBe(200)
    const bearer = await call(app, 'PUT', '/api/me/preferences', {
      token,
      body,
      headers: { Origin: 'https://evil.example' },
    })
    // A page elsewhere holding a token is still a foreign page (issue 16); scripts send no Origin.
    expect(bearer.status).toBe(403)
    expect((await call(app, 'PUT', '/api/me/preferences', { token, body })).status).toBe(200)
    expect(
      (await call(app, 'GET', '/api/me', { headers: { ...cookie, Origin: 'https://evil.example' } })).status,
    ).toBe(200)
  })
})
