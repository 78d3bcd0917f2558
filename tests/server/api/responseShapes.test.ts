/**
 * Every JSON answer matches the response schema its route row declares (the shapes in shared/domain
 * the client imports): each GET of the table on a seeded review with findings and a follow-up, and
 * the writes that present a review, a finding, a participant or an account. Unknown extra fields
 * pass (zod strips them); a missing or mistyped field fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { ALL_ROUTES } from '../../../server/app.js'
import type { RouteDef } from '../../../server/routes/types.js'
import { prepare } from './followUpSeed.js'
import { call, makeApp, markerFinding, type Seeded, seed, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
let ids: Record<string, string>

beforeAll(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
  const group = await call(t.app, 'POST', `/api/reviews/${s.review.id}/groups/${s.groupA}/findings`, {
    token: s.tokens.pA,
    body: markerFinding(s),
  })
  expect(group.status, group.text).toBe(201)
  const { marker, v2 } = await prepare(t, s)
  const followUp = await call(t.app, 'POST', `/api/reviews/${s.review.id}/follow-ups`, {
    token: s.tokens.expert,
    body: { versionId: v2.versionId },
  })
  expect(followUp.status, followUp.text).toBe(201)
  ids = {
    groupFinding: group.body.id,
    consFinding: marker.id,
    followUp: followUp.body.id,
  }
})
afterAll(() => t.close())

function rowOf(method: RouteDef['method'], path: string): RouteDef {
  const row = ALL_ROUTES.find((r) => r.method === method && r.path === path)
  if (!row) throw new Error(`no route ${method} ${path}`)
  return row
}

function concrete(path: string): string {
  const findingId = path.includes('/consolidated/') ? ids.consFinding : ids.groupFinding
  return path
    .replace(':id', path.startsWith('/api/drafts') ? s.draft.id : s.review.id)
    .replace(':groupId', s.groupA)
    .replace(':findingId', findingId!)
    .replace(':followUpId', ids.followUp!)
    .replace(':code', s.review.joinCode)
}

/** Parse `body` with the row's schema; the issues, if any, name the route. */
function conforms(row: RouteDef, body: unknown): string[] {
  const r = (row.response as z.ZodType).safeParse(body)
  return r.success
    ? []
    : r.error.issues.map((i) => `${row.method} ${row.path} at ${i.path.join('.')}: ${i.message}`)
}

describe('response shapes', () => {
  it('every JSON route declares its answer, except the comparison and the OpenAPI document', () => {
    const undeclared = ALL_ROUTES.filter((r) => r.status !== 204 && !r.produces && !r.response).map(
      (r) => `${r.method} ${r.path}`,
    )
    expect(undeclared.sort()).toEqual(['get /api/openapi.json', 'get /api/reviews/:id/comparison'])
  })

  it('every GET answers with its declared shape', async () => {
    const problems: string[] = []
    const gets = ALL_ROUTES.filter((r) => r.method === 'get' && r.response)
    expect(gets.length).toBeGreaterThan(20)
    for (const row of gets) {
      const token = row.path.startsWith('/api/users') ? s.tokens.admin : s.tokens.facilitator
      const r = await call(t.app, 'GET', concrete(row.path), { token })
      if (r.status !== 200) problems.push(`${row.path}: ${r.status} ${r.text}`)
      else problems.push(...conforms(row, r.body))
    }
    // A participant's own view (their `/api/me` carries the review and group they joined).
    const me = await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })
    problems.push(...conforms(rowOf('get', '/api/me'), me.body))
    expect(me.body.participant).toBeDefined()
    expect(problems).toEqual([])
  })

  it('writes answer with their declared shapes', async () => {
    const review = `/api/reviews/${s.review.id}`
    const writes: Array<[RouteDef['method'], string, string, unknown, string]> = [
      [
        'put',
        '/api/reviews/:id/groups/:groupId/lock',
        `${review}/groups/${s.groupB}/lock`,
        { locked: true },
        'facilitator',
      ],
      ['put', '/api/reviews/:id/join-code', `${review}/join-code`, { action: 'regenerate' }, 'facilitator'],
      ['patch', '/api/reviews/:id', review, { title: 'Seminar 2' }, 'facilitator'],
      [
        'put',
        '/api/reviews/:id/participants/:userId',
        `${review}/participants/${s.users.pA.id}`,
        { groupId: s.groupB },
        'facilitator',
      ],
      [
        'patch',
        '/api/reviews/:id/consolidated/findings/:findingId',
        `${review}/consolidated/findings/${ids.consFinding}`,
        { risk: 'high' },
        'expert',
      ],
      ['post', '/api/drafts/:id/archive', `/api/drafts/${s.draft.id}/archive`, undefined, 'facilitator'],
      ['post', '/api/reviews/:id/archive', `${review}/archive`, undefined, 'facilitator'],
      ['put', '/api/me/preferences', '/api/me/preferences', { lang: 'ru' }, 'expert'],
      ['post', '/api/transliterate', '/api/transliterate', { text: 'salom', to: 'uz-Cyrl' }, 'expert'],
    ]
    const problems: string[] = []
    for (const [method, path, url, body, role] of writes) {
      const row = rowOf(method, path)
      const r = await call(t.app, method.toUpperCase(), url, {
        token: s.tokens[role as keyof Seeded['tokens']],
        body,
      })
      if (r.status !== row.status) problems.push(`${method} ${url}: ${r.status} ${r.text}`)
      else problems.push(...conforms(row, r.body))
    }
    expect(problems).toEqual([])
  })

  it('OpenAPI publishes the declared answers', async () => {
    const doc = (await call(t.app, 'GET', '/api/openapi.json')).body
    const ok = doc.paths['/api/reviews/{id}'].get.responses['200'].content['application/json'].schema
    expect(ok.required).toEqual(expect.arrayContaining(['id', 'title', 'groups', 'locked']))
    const created = doc.paths['/api/join'].post.responses['201'].content['application/json'].schema
    expect(Object.keys(created.properties)).toEqual(['token', 'user', 'review', 'group'])
  })

  it('a wrong shape is caught', () => {
    const row = rowOf('get', '/api/reviews/:id')
    expect(conforms(row, { id: s.review.id })).not.toEqual([])
  })
})
