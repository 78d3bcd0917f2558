/**
 * End-to-end harness: the real server (the production bundle in dist-server/) on a free loopback port with a temp
 * DATA_DIR, the built client, Debian's Chromium through playwright-core, and small HTTP helpers to set
 * up admins, drafts, reviews and participants.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import nodeFlags from '../../server/node-flags.json'

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

/** A free TCP port on loopback (bind to 0, read it, release it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      s.close(() => resolve(port))
    })
  })
}

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

/** Start the real server (the production bundle); `dataDir` lets a test restart on the same data. */
const ROOT = join(import.meta.dirname, '..', '..')

/** Scripts that use the harness outside vitest (no globalSetup) still get a server bundle. */
function ensureServerBundle(): void {
  if (!existsSync(join(ROOT, 'dist-server', 'index.js'))) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-server.mjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    })
  }
}

export async function startApp(
  opts: { dataDir?: string; port?: number; env?: Record<string, string> } = {},
): Promise<RunningApp> {
  ensureServerBundle()
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'shaffof-e2e-'))
  const port = opts.port ?? (await freePort())
  const out: string[] = []
  // The production bundle, as `npm start` runs it (globalSetup builds it when the sources are newer).
  const proc = spawn(process.execPath, [...nodeFlags.flags, 'dist-server/index.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stdout?.on('data', (d) => out.push(String(d)))
  proc.stderr?.on('data', (d) => out.push(String(d)))
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  await waitForHealth(url, proc, out)
  const waitExit = async () => {
    if (proc.exitCode === null && proc.signalCode === null) await exited
  }
  return {
    url,
    port,
    dataDir,
    proc,
    logs: () => out.join(''),
    async stop({ keepData = false } = {}) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM')
      await waitExit()
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
    async kill() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL')
      await waitExit()
    },
  }
}

async function waitForHealth(url: string, proc: ChildProcess, out: string[]): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${out.join('')}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  proc.kill('SIGKILL')
  throw new Error(`server did not become healthy:\n${out.join('')}`)
}

/** Debian's Chromium, headless; each context gets its own fresh profile and cookies. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
}

/** A separate person: a fresh context (own cookies, storage) on the app's origin. */
export async function newPerson(browser: Browser, app: { url: string }): Promise<BrowserContext> {
  return browser.newContext({ baseURL: app.url, locale: 'en-US' })
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
