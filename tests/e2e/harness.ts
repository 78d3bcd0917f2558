/**
 * End-to-end harness: the real server (the production bundle in dist-server/) on a free loopback port with a temp
 * DATA_DIR, the built client, Debian's Chromium through playwright-core, and small HTTP helpers to set
 * up admins, drafts, reviews and participants.
 */
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { spawnServer } from '../../scripts/lib/serverProcess.js'
import { clusterMode, startClusterApp } from './clusterMode.js'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type RunningApp = {
  url: string
  port: number
  dataDir: string
  proc: ChildProcess
  logs: () => string
  /** SIGTERM and wait for exit; removes the data dir unless keepData. */
  stop(opts?: { keepData?: boolean }): Promise<void>
  /** SIGKILL (crash) and wait for exit; the data dir stays. */
  kill(): Promise<void>
}

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * Start the real server, the production bundle as `npm start` runs it (globalSetup builds it when
 * the sources are newer); `dataDir` lets a test restart on the same data.
 */
export async function startApp(
  opts: {
    dataDir?: string
    port?: number
    env?: Record<string, string>
    /** Always one server on files, also under SHAFFOF_E2E_CLUSTER (tests of the files set-up itself). */
    embedded?: boolean
  } = {},
): Promise<RunningApp> {
  if (clusterMode && !opts.embedded && !opts.env?.DATABASE_URL) return startClusterApp(ROOT, opts)
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'shaffof-e2e-'))
  const server = await spawnServer({ root: ROOT, dataDir, port: opts.port, env: opts.env, timeoutMs: 60_000 })
  return {
    url: server.url,
    port: server.port,
    dataDir,
    proc: server.proc,
    logs: server.logs,
    async stop({ keepData = false } = {}) {
      await server.stop()
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
    kill: server.kill,
  }
}

/** Debian's Chromium, headless; each context gets its own fresh profile and cookies. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
}

/** The running app and the browser one test file (or describe block) shares. */
export type BrowserSuite = { app: RunningApp; browser: Browser }

/** Start the app and a browser, for a test file's `beforeAll` (stop them with `stopSuite`). */
export async function startSuite(): Promise<BrowserSuite> {
  const app = await startApp()
  try {
    return { app, browser: await launchBrowser() }
  } catch (e) {
    await app.stop()
    throw e
  }
}

/** Close what `startSuite` opened; either may be missing when the start failed. */
export async function stopSuite(suite: Partial<BrowserSuite>): Promise<void> {
  await suite.browser?.close()
  await suite.app?.stop()
}

/** A separate person: a fresh context (own cookies, storage) on the app's origin. */
export async function newPerson(browser: Browser, app: { url: string }): Promise<BrowserContext> {
  return browser.newContext({ baseURL: app.url, locale: 'en-US' })
}

/** The httpOnly session cookie setup/login/join set (api contract); the browser app's only credential. */
export const SESSION_COOKIE = 'shaffof_session'

/** Sign `context` in as the holder of `token` the way a browser holds a session: the httpOnly cookie. */
export async function signInContext(context: BrowserContext, url: string, token: string): Promise<void> {
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url, httpOnly: true, sameSite: 'Lax' }])
}

/** The session token a context's browser holds (its cookie), for the test's own API calls. */
export async function sessionTokenOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value ?? ''
}

type Json = Record<string, unknown>

/** A small typed HTTP client for seeding through the public API. */
export function api(baseUrl: string, token?: string) {
  const call = async <T = Json>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON (e.g. a file)
    }
    return { status: res.status, body: parsed as T }
  }
  return {
    get: <T = Json>(p: string) => call<T>('GET', p),
    post: <T = Json>(p: string, b?: unknown) => call<T>('POST', p, b ?? {}),
    put: <T = Json>(p: string, b?: unknown) => call<T>('PUT', p, b ?? {}),
    patch: <T = Json>(p: string, b?: unknown) => call<T>('PATCH', p, b ?? {}),
    as: (t: string) => api(baseUrl, t),
  }
}

/** The first admin (setup), returning its token. */
export async function setupAdmin(
  baseUrl: string,
  name = 'admin',
  password = 'correct horse battery',
): Promise<string> {
  const res = await api(baseUrl).post<{ token: string }>('/api/setup', { name, password })
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

export type SeededReview = {
  adminToken: string
  draftId: string
  versionId: string
  review: {
    id: string
    joinCode: string
    groups: { id: string; name: string; room: string }[]
    consolidatedRoom: string
  }
}

/** Admin + a pasted draft + a review with the named groups. */
export async function seedReview(
  baseUrl: string,
  draftText: string,
  groups: string[],
  title = 'Seminar',
): Promise<SeededReview> {
  const adminToken = await setupAdmin(baseUrl)
  const a = api(baseUrl, adminToken)
  const draft = await a.post<{ id: string; versionId: string }>('/api/drafts', {
    title: `${title} draft`,
    text: draftText,
  })
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status} ${JSON.stringify(draft.body)}`)
  const review = await a.post<SeededReview['review']>('/api/reviews', {
    title,
    draftId: draft.body.id,
    groups,
  })
  if (review.status !== 201) throw new Error(`review failed: ${review.status} ${JSON.stringify(review.body)}`)
  return { adminToken, draftId: draft.body.id, versionId: draft.body.versionId, review: review.body }
}

/** A seeded review plus the version's units and the review's pack's factor ids. */
export type ReviewWithUnits<U> = SeededReview & { units: U[]; factorIds: string[] }

/** `seedReview`, then read back the version's units and the factor ids of the review's pack. */
export async function seedReviewWithUnits<U>(
  baseUrl: string,
  draftText: string,
  groups: string[],
  title: string,
): Promise<ReviewWithUnits<U>> {
  const seed = await seedReview(baseUrl, draftText, groups, title)
  const a = api(baseUrl, seed.adminToken)
  const draft = await a.get<{ units: U[] }>(`/api/drafts/${seed.draftId}?version=${seed.versionId}`)
  const review = await a.get<{ methodologyId: string }>(`/api/reviews/${seed.review.id}`)
  const packs = await a.get<Array<{ id: string; factors: { id: string }[] }>>('/api/methodologies')
  const pack = packs.body.find((p) => p.id === review.body.methodologyId)
  return { ...seed, units: draft.body.units, factorIds: pack?.factors.map((f) => f.id) ?? [] }
}

/** A participant joins a group by code over HTTP. */
export async function joinGroup(
  baseUrl: string,
  code: string,
  name: string,
  groupId: string,
): Promise<{ token: string; user: { id: string } }> {
  const res = await api(baseUrl).post<{ token: string; user: { id: string } }>('/api/join', {
    code,
    name,
    groupId,
  })
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Best-effort removal of a temp dir. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
