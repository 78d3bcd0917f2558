/**
 * The authorisation matrix, built from the route table so no route is forgotten: every non-public
 * route refuses anonymous, forged and expired callers with 401; every role-restricted route refuses
 * the other roles with 403 and lets the listed ones past the gate; findings follow the phase policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ALL_ROUTES } from '../../../server/app.js'
import { PHASES, ROLES } from '../../../shared/domain/review.js'
import { roomAccess } from '../../../shared/policies/access.js'
import { call, makeApp, markerFinding, type Seeded, seed, setPhase, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeAll(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
})
afterAll(() => t.close())

function concretePath(path: string): string {
  const id = path.startsWith('/api/drafts')
    ? s.draft.id
    : path.startsWith('/api/users')
      ? s.users.pA.id
      : s.review.id
  return path
    .replace(':id', id)
    .replace(':groupId', s.groupA)
    .replace(':findingId', 'no-such-finding')
    .replace(':userId', s.users.pA.id)
    .replace(':code', s.review.joinCode)
}

const tokenOf = (role: string) =>
  ({
    admin: s.tokens.admin,
    facilitator: s.tokens.facilitator,
    expert: s.tokens.expert,
    staff: s.tokens.staff,
    participant: s.tokens.pA,
  })[role] as string

const hit = (route: (typeof ALL_ROUTES)[number], token?: string) =>
  call(t.app, route.method.toUpperCase(), concretePath(route.path), {
    token,
    ...(route.method === 'get' ? {} : { body: {} }),
  })

describe('route table', () => {
  it('covers the whole contract', () => {
    const keys = new Set(ALL_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`))
    for (const k of [
      'GET /api/health',
      'POST /api/setup',
      'POST /api/login',
      'POST /api/users',
      'GET /api/methodologies',
      'POST /api/drafts',
      'GET /api/drafts',
      'GET /api/drafts/:id',
      'POST /api/drafts/:id/versions',
      'GET /api/drafts/:id/suggestions',
      'POST /api/reviews',
      'GET /api/reviews/:id',
      'POST /api/join',
      'PUT /api/reviews/:id/phase',
      'GET /api/reviews/:id/groups/:groupId/findings',
      'POST /api/reviews/:id/groups/:groupId/findings',
      'GET /api/reviews/:id/comparison',
      'GET /api/reviews/:id/consolidated/findings',
      'POST /api/reviews/:id/consolidated/findings',
      'GET /api/reviews/:id/report',
      'POST /api/transliterate',
      'GET /api/openapi.json',
    ]) {
      expect(keys, k).toContain(k)
    }
  })
})

describe.each(
  ALL_ROUTES.filter((r) => r.auth !== 'public').map(
    (r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const,
  ),
)('%s', (_name, route) => {
  it('refuses anonymous, forged and expired callers with 401', async () => {
    for (const token of [undefined, 'forged-token-value']) {
      const r = await hit(route, token)
      expect(r.status).toBe(401)
      expect(r.body.error.code).toBe('not_signed_in')
    }
    const saved = t.clock.now
    t.clock.now = new Date(saved.getTime() + 365 * 24 * 3600 * 1000)
    try {
      expect((await hit(route, s.tokens.admin)).status).toBe(401)
    } finally {
      t.clock.now = saved
    }
  })

  if (Array.isArray(route.auth)) {
    const allowed = route.auth as readonly string[]
    it(`is limited to ${allowed.join(', ')}`, async () => {
      for (const role of ROLES) {
        const r = await hit(route, tokenOf(role))
        if (allowed.includes(role)) expect([401, 403], `${role} should pass the gate`).not.toContain(r.status)
        else expect(r.status, `${role} must be refused`).toBe(403)
      }
    })
  }
})

describe('findings follow the phase policy for every persona', () => {
  const personas = ['pA', 'pB', 'staff', 'expert', 'facilitator', 'admin'] as const
  const viewerOf = (p: (typeof personas)[number]) =>
    p === 'pA' || p === 'pB'
      ? {
          id: s.users[p].id,
          role: 'participant' as const,
          participant: { reviewId: s.review.id, groupId: p === 'pA' ? s.groupA : s.groupB },
        }
      : { id: p, role: p }

  for (const phase of PHASES) {
    it(`in ${phase}`, async () => {
      await setPhase(t.app, s, phase)
      const state = { id: s.review.id, phase, locked: [], groups: s.review.groups }
      for (const persona of personas) {
        for (const scope of [s.groupA, s.groupB, 'consolidated']) {
          const access = roomAccess(viewerOf(persona), state, scope)
          const base = `/api/reviews/${s.review.id}/groups/${scope}/findings`
          const read = await call(t.app, 'GET', base, { token: s.tokens[persona] })
          expect(read.status, `${persona} reads ${scope}`).toBe(access === 'none' ? 403 : 200)
          const write = await call(t.app, 'POST', base, { token: s.tokens[persona], body: markerFinding(s) })
          expect(write.status, `${persona} writes ${scope}: ${write.text}`).toBe(
            access === 'write' ? 201 : 403,
          )
        }
      }
    })
  }
})
