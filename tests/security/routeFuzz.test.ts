/**
 * Issue 11, hostile input over HTTP: every route listed by `GET /api/openapi.json` (so a new route is
 * fuzzed without touching this file) gets bodies that break its published schema, malformed JSON,
 * oversized bodies, bad query strings, hostile path ids and random JSON. Schema violations must be
 * a 4xx with the contract's error body; nothing may ever be a 500; the server process stays up.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningApp, startApp } from '../e2e/harness.js'
import {
  errorBodyProblem,
  prng,
  type RawResponse,
  rawRequest,
  recordFigures,
  statusHistogram,
} from './kit.js'
import { bodyViolations, MALFORMED_JSON, minimalValue, type Schema } from './schemaViolations.js'
import { type FuzzSeed, fillPath, seedFuzzTarget } from './seed.js'

type Operation = {
  method: string
  path: string
  body?: Schema
  /** Upload routes take a larger body (21 MiB) than JSON-only ones (1 MiB). */
  upload: boolean
  query: { name: string; required: boolean; schema: Schema }[]
  pathParams: string[]
}

const RANDOM_BODIES_PER_ROUTE = 15
const HOSTILE_IDS = [
  '..%2F..%2Fetc%2Fpasswd',
  '..%2f..%2f..%2f..%2fetc%2fshadow',
  '%2e%2e%2f%2e%2e%2fdata%2fmeta.json',
  '..',
  '.',
  '%00',
  'abc%00.json',
  '%252e%252e%252f',
  '..%5C..%5Cwindows',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent("' OR 1=1 --"),
  'a'.repeat(5000),
  '%F0%9F%92%A9',
  '%C0%AE%C0%AE%2F',
  '__proto__',
  'constructor',
]

let app: RunningApp
let seed: FuzzSeed
let operations: Operation[]
const failures: string[] = []
const statuses: number[] = []
let sent = 0

async function send(
  op: Operation,
  path: string,
  body: string | undefined,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const res = await rawRequest(app.url, op.method, path, {
    headers: {
      Authorization: `Bearer ${seed.adminToken}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body,
  })
  sent++
  statuses.push(res.status)
  return res
}

/** Record a failure unless the response is a 4xx with the contract body (or, if allowed, a success). */
function check(res: RawResponse, what: string, allowSuccess = false): void {
  if (res.status >= 500) failures.push(`${what} → ${res.status} ${res.text.slice(0, 200)}`)
  else if (res.status < 400 && !allowSuccess)
    failures.push(`${what} → ${res.status} (accepted a body that breaks the schema)`)
  else if (res.status >= 400) {
    const problem = errorBodyProblem(res)
    if (problem) failures.push(`${what} → ${problem}`)
  }
}

function randomJson(rand: () => number, keys: string[], depth = 0): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T
  const r = rand()
  if (depth < 3 && r < 0.35) {
    const out: Record<string, unknown> = {}
    for (let i = 0, n = Math.floor(rand() * 5); i < n; i++)
      out[pick([...keys, '__proto__', 'constructor', 'prototype', `k${i}`])] = randomJson(
        rand,
        keys,
        depth + 1,
      )
    return out
  }
  if (depth < 3 && r < 0.5)
    return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, keys, depth + 1))
  return pick<unknown>([
    null,
    true,
    false,
    0,
    -1,
    2 ** 53 + 2,
    -1e308,
    1e-300,
    Math.floor(rand() * 1e9) / 7,
    '',
    ' ',
    '\u0000',
    '\u202e\u200b',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'x'.repeat(Math.floor(rand() * 3000)),
    'Ўзбекистон oʻzbek ',
    String.fromCharCode(...Array.from({ length: 12 }, () => Math.floor(rand() * 0xd7ff))),
  ])
}

beforeAll(async () => {
  app = await startApp()
  seed = await seedFuzzTarget(app.url)
  const doc = JSON.parse((await rawRequest(app.url, 'GET', '/api/openapi.json')).text) as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters: { name: string; in: string; required: boolean; schema: Schema }[]
          requestBody?: { content: Record<string, { schema: Schema }> }
        }
      >
    >
  }
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      body: op.requestBody?.content['application/json']?.schema,
      upload: Boolean(op.requestBody?.content['multipart/form-data']),
      query: op.parameters.filter((p) => p.in === 'query'),
      pathParams: op.parameters.filter((p) => p.in === 'path').map((p) => p.name),
    })),
  )
}, 120_000)

afterAll(async () => {
  await app?.stop()
})

beforeEach(() => {
  failures.length = 0
})

describe('JSON routes under hostile input (routes from /api/openapi.json)', () => {
  it('finds the contract routes in the published route table', () => {
    const names = operations.map((o) => `${o.method} ${o.path}`)
    for (const route of [
      'POST /api/login',
      'POST /api/join',
      'POST /api/drafts',
      'POST /api/reviews',
      'PUT /api/reviews/{id}/phase',
      'POST /api/reviews/{id}/groups/{groupId}/findings',
      'POST /api/transliterate',
    ]) {
      expect(names).toContain(route)
    }
    expect(operations.filter((o) => o.body).length).toBeGreaterThanOrEqual(15)
  })

  it('answers every schema violation with a 4xx and the contract error body', async () => {
    let tried = 0
    for (const op of operations.filter((o) => o.body)) {
      const path = fillPath(op.path, seed)
      for (const v of bodyViolations(op.body!)) {
        check(await send(op, path, JSON.stringify(v.body)), `${op.method} ${op.path} [${v.label}]`)
        tried++
      }
      for (const m of MALFORMED_JSON) {
        check(await send(op, path, m.text), `${op.method} ${op.path} [malformed: ${m.label}]`)
        tried++
      }
      const limit = op.upload ? 21 * 1024 * 1024 : 1024 * 1024
      const big = JSON.stringify({ ...(minimalValue(op.body!) as object), padding: 'x'.repeat(limit + 10) })
      const res = await send(op, path, big)
      check(res, `${op.method} ${op.path} [body over ${limit} bytes]`)
      if (res.status !== 413)
        failures.push(`${op.method} ${op.path} [body over ${limit} bytes] → ${res.status}, not 413`)
      tried++
    }
    recordFigures('route fuzz / schema violations', [
      `${tried} violating bodies over ${operations.filter((o) => o.body).length} JSON routes`,
    ])
    expect(failures).toEqual([])
  })

  it('answers bad query strings with a 4xx', async () => {
    let tried = 0
    for (const op of operations.filter((o) => o.query.length)) {
      const valid = Object.fromEntries(
        op.query.filter((q) => q.required).map((q) => [q.name, String(minimalValue(q.schema))]),
      )
      for (const q of op.query) {
        for (const bad of ['not-a-listed-value', 'a'.repeat(5000), '%00', '../../etc']) {
          const schemaAllows =
            !q.schema.enum && !q.schema.pattern && (q.schema.maxLength ?? Infinity) >= bad.length
          const query = new URLSearchParams({ ...valid, [q.name]: bad }).toString()
          const res = await send(op, `${fillPath(op.path, seed)}?${query}`, undefined)
          check(res, `${op.method} ${op.path}?${q.name}=${bad.slice(0, 20)}`, schemaAllows)
          tried++
        }
      }
    }
    recordFigures('route fuzz / query', [`${tried} bad query strings`])
    expect(failures).toEqual([])
  })

  it('never fails on hostile ids in the path (traversal, NUL, huge, encoded)', async () => {
    let tried = 0
    for (const op of operations.filter((o) => o.pathParams.length)) {
      const body = op.body ? JSON.stringify(minimalValue(op.body)) : undefined
      for (const name of op.pathParams) {
        for (const raw of HOSTILE_IDS) {
          const res = await send(op, fillPath(op.path, seed, { name, raw }), body)
          // A hostile id names nothing (404) or is refused (400). A bare `.` or `..` segment is resolved
          // by URL rules to another path (e.g. the app's index page), which may answer 200.
          check(res, `${op.method} ${op.path} {${name}}=${raw.slice(0, 30)}`, raw === '.' || raw === '..')
          if (/root:x:0:0|"passwordHash"|"salt"/.test(res.text))
            failures.push(`${op.method} ${op.path} {${name}}=${raw} leaked a file`)
          tried++
        }
      }
    }
    recordFigures('route fuzz / path ids', [`${tried} hostile ids`])
    expect(failures).toEqual([])
  })

  it('never returns a 500 for random JSON, and the server stays up', async () => {
    const rand = prng(11_2026)
    let tried = 0
    for (const op of operations.filter((o) => o.body)) {
      const keys = Object.keys(op.body!.properties ?? {})
      const path = fillPath(op.path, seed)
      for (let i = 0; i < RANDOM_BODIES_PER_ROUTE; i++) {
        // Random bodies may happen to be valid, so only "no 500, errors in the contract shape" holds.
        const base = rand() < 0.5 ? (minimalValue(op.body!) as Record<string, unknown>) : {}
        const body = { ...base, ...(randomJson(rand, keys) as object) }
        check(
          await send(op, path, JSON.stringify(rand() < 0.2 ? randomJson(rand, keys) : body)),
          `${op.method} ${op.path} [random #${i}]`,
          true,
        )
        tried++
      }
      // Wrong content types on a JSON route.
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ]) {
        check(
          await send(op, path, 'a=1&b=<x>', { 'Content-Type': type }),
          `${op.method} ${op.path} [${type}]`,
        )
        tried++
      }
    }
    const health = await rawRequest(app.url, 'GET', '/api/health')
    expect(health.status).toBe(200)
    expect(app.proc.exitCode).toBeNull()
    const logs = app.logs()
    expect(logs).not.toMatch(/unhandled error|uncaught exception|unhandled rejection/)
    recordFigures('route fuzz / random', [
      `${tried} random bodies and content types`,
      `all requests: ${sent}, statuses ${statusHistogram(statuses)}`,
    ])
    expect(failures).toEqual([])
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })
})
