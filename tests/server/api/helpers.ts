/**
 * In-process API test kit: an app over the in-memory metadata store and a real room manager on a
 * memory room store, a movable clock, a tiny request helper, and a seeded review with every role.
 */

import type { Hono } from 'hono'
import { afterEach, beforeEach } from 'vitest'
import { createApp } from '../../../server/app.js'
import { createRoomManager, type RoomManager, silentLogger } from '../../../server/collab/index.js'
import type { AppDeps, AppEnv } from '../../../server/http/context.js'
import { roomRulesFrom } from '../../../server/http/roomRules.js'
import { createLogger } from '../../../server/log.js'
import { MemoryRoomStore } from '../../../server/storage/memoryRoomStore.js'
import { type MetaStore, memoryMetaStore } from '../../../server/storage/metaStore.js'

/** A draft with articles, parts and a discretion marker, in Uzbek Latin. */
export const DRAFT_TEXT = [
  'OʻZBEKISTON RESPUBLIKASINING QONUNI',
  'Ruxsatnomalar toʻgʻrisida',
  '1-modda. Ushbu Qonunning maqsadi',
  'Ushbu Qonunning maqsadi ruxsatnomalar berish sohasidagi munosabatlarni tartibga solishdan iborat.',
  '2-modda. Ruxsatnoma berish',
  'Vakolatli organ oʻz xohishiga koʻra ruxsatnoma berishni rad etishi mumkin.',
  'Ariza oʻttiz kun ichida koʻrib chiqiladi, zarur hollarda muddat uzaytirilishi mumkin.',
  '3-modda. Yakuniy qoidalar',
  'Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.',
].join('\n')

/** A running test app. */
export type TestApp = {
  app: Hono<AppEnv>
  meta: MetaStore
  rooms: RoomManager
  clock: { now: Date }
  close(): Promise<void>
}

/** Build an app over fresh in-memory stores. */
export async function makeApp(extra: Partial<AppDeps> = {}): Promise<TestApp> {
  const meta = extra.meta ?? (await memoryMetaStore())
  const rooms =
    extra.rooms ??
    createRoomManager({ store: new MemoryRoomStore(), log: silentLogger, rulesFor: roomRulesFrom(meta) })
  const clock = { now: new Date('2026-11-27T09:00:00Z') }
  const app = createApp({ log: createLogger('silent'), now: () => clock.now, ...extra, meta, rooms })
  return { app, meta, rooms, clock, close: () => rooms.close() }
}

/** A parsed response; bodies are checked field by field, so they default to `any`. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted, not typed
export type Res<T = any> = { status: number; body: T; headers: Headers; text: string }

/** Call the app in-process with an optional bearer token and JSON body. */
// biome-ignore lint/suspicious/noExplicitAny: see Res
export async function call<T = any>(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: BodyInit } = {},
): Promise<Res<T>> {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`
  let body: BodyInit | undefined = opts.raw
  if (opts.body !== undefined) {
    headers['Content-Type'] ??= 'application/json'
    body = JSON.stringify(opts.body)
  }
  const res = await app.request(path, { method, headers, body })
  const text =
    (res.headers.get('content-type') ?? '').includes('json') || res.status >= 400 ? await res.text() : ''
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON; keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers, text }
}

/** Everything a seeded review provides. */
export type Seeded = {
  tokens: { admin: string; facilitator: string; expert: string; staff: string; pA: string; pB: string }
  users: Record<'pA' | 'pB', { id: string }>
  draft: { id: string; versionId: string; units: { id: string; kind: string; label: string; text: string }[] }
  review: {
    id: string
    joinCode: string
    groups: { id: string; name: string; room: string }[]
    consolidatedRoom: string
  }
  groupA: string
  groupB: string
  /** The unit whose text carries the discretion marker. */
  unit: { id: string; text: string; label: string }
  factorIds: string[]
}

async function expectStatus<T>(p: Promise<Res<T>>, status: number): Promise<Res<T>> {
  const r = await p
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${r.text}`)
  return r
}

/** Admin, one account per role, a draft, a two-group review and one participant per group. */
export async function seed(app: Hono<AppEnv>): Promise<Seeded> {
  const admin = (
    await expectStatus(
      call(app, 'POST', '/api/setup', { body: { name: 'Admin', password: 'correct horse battery' } }),
      201,
    )
  ).body.token
  const account = async (name: string, role: string) => {
    await expectStatus(
      call(app, 'POST', '/api/users', { token: admin, body: { name, password: 'password-123', role } }),
      201,
    )
    return (
      await expectStatus(call(app, 'POST', '/api/login', { body: { name, password: 'password-123' } }), 200)
    ).body.token as string
  }
  const facilitator = await account('Fatima', 'facilitator')
  const expert = await account('Erkin', 'expert')
  const staff = await account('Sardor', 'staff')
  const draft = (
    await expectStatus(
      call(app, 'POST', '/api/drafts', { token: admin, body: { title: 'Permits', text: DRAFT_TEXT } }),
      201,
    )
  ).body
  const review = (
    await expectStatus(
      call(app, 'POST', '/api/reviews', {
        token: facilitator,
        body: { title: 'Seminar', draftId: draft.id, groups: ['Alpha', 'Beta'] },
      }),
      201,
    )
  ).body
  const [groupA, groupB] = review.groups.map((g: { id: string }) => g.id)
  const joinA = (
    await expectStatus(
      call(app, 'POST', '/api/join', { body: { code: review.joinCode, name: 'Aziz', groupId: groupA } }),
      201,
    )
  ).body
  const joinB = (
    await expectStatus(
      call(app, 'POST', '/api/join', { body: { code: review.joinCode, name: 'Barno', groupId: groupB } }),
      201,
    )
  ).body
  const unit = draft.units.find((u: { text: string }) => u.text.includes('oʻz xohishiga koʻra'))
  if (!unit) throw new Error(`no unit with the marker: ${JSON.stringify(draft.units)}`)
  const packs = (await expectStatus(call(app, 'GET', '/api/methodologies', { token: admin }), 200)).body
  const pack = packs.find((p: { id: string }) => p.id === review.methodologyId)
  return {
    tokens: { admin, facilitator, expert, staff, pA: joinA.token, pB: joinB.token },
    users: { pA: joinA.user, pB: joinB.user },
    draft,
    review,
    groupA,
    groupB,
    unit,
    factorIds: pack.factors.map((f: { id: string }) => f.id),
  }
}

/** Set a review's phase as the facilitator. */
export async function setPhase(app: Hono<AppEnv>, s: Seeded, phase: string): Promise<void> {
  await expectStatus(
    call(app, 'PUT', `/api/reviews/${s.review.id}/phase`, { token: s.tokens.facilitator, body: { phase } }),
    200,
  )
}

/** A finding body on the seeded marker unit. */
export function markerFinding(s: Seeded, extra: Record<string, unknown> = {}) {
  return { unitId: s.unit.id, quote: 'oʻz xohishiga koʻra', factorIds: [s.factorIds[0]], ...extra }
}

/**
 * A fresh seeded app for every test of the calling file (registers beforeEach/afterEach); read
 * `current()` inside a test.
 */
export function seededAppPerTest(): { current: () => { t: TestApp; s: Seeded } } {
  let state: { t: TestApp; s: Seeded } | null = null
  beforeEach(async () => {
    const t = await makeApp({ authAttemptsPerMinute: 10_000 })
    state = { t, s: await seed(t.app) }
  })
  afterEach(() => state?.t.close())
  return {
    current: () => {
      if (!state) throw new Error('seededAppPerTest: no app outside a test')
      return state
    },
  }
}
