import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFindings } from '../../../shared/collab/roomDoc.js'
import { FINDING_LIMITS } from '../../../shared/domain/finding.js'
import { call, makeApp, markerFinding, type Seeded, seed, setPhase, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeEach(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
})
afterEach(() => t.close())

const groupUrl = (g = s.groupA) => `/api/reviews/${s.review.id}/groups/${g}/findings`
const consUrl = () => `/api/reviews/${s.review.id}/consolidated/findings`
const post = (body: unknown, token = s.tokens.pA, g = s.groupA) =>
  call(t.app, 'POST', groupUrl(g), { token, body })

describe('group findings', () => {
  it('creates by quote and by offsets, writes the room doc, reads back in document order', async () => {
    const at = s.unit.text.indexOf('oʻz xohishiga koʻra')
    const byQuote = await post(
      markerFinding(s, { rationale: 'Keng vakolat', proposal: 'Asoslarni sanab oʻting', risk: 'high' }),
    )
    expect(byQuote.status).toBe(201)
    expect(byQuote.body).toMatchObject({
      groupId: s.groupA,
      unitId: s.unit.id,
      unitLabel: s.unit.label,
      start: at,
      end: at + 'oʻz xohishiga koʻra'.length,
      quote: 'oʻz xohishiga koʻra',
      risk: 'high',
      status: 'open',
      rationale: 'Keng vakolat',
      proposal: 'Asoslarni sanab oʻting',
      author: { id: s.users.pA.id, name: 'Aziz' },
    })
    const first = s.draft.units.find((u) => u.text.trim() && u.kind !== 'text') as {
      id: string
      text: string
    }
    const byOffsets = await post({ unitId: first.id, start: 0, end: 3, factorIds: [] })
    expect(byOffsets.status).toBe(201)
    expect(byOffsets.body.quote).toBe(first.text.slice(0, 3))
    expect(byOffsets.body.risk).toBe('medium')

    const doc = await t.rooms.getDoc(s.review.groups[0].room)
    expect(
      readFindings(doc)
        .map((f) => f.id)
        .sort(),
    ).toEqual([byQuote.body.id, byOffsets.body.id].sort())

    const list = await call(t.app, 'GET', groupUrl(), { token: s.tokens.pA })
    const order = s.draft.units.map((u) => u.id)
    const positions = list.body.map((f: { unitId: string }) => order.indexOf(f.unitId))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(
      (await call(t.app, 'GET', `${groupUrl()}/${byQuote.body.id}`, { token: s.tokens.pA })).body.id,
    ).toBe(byQuote.body.id)
    expect((await call(t.app, 'GET', `${groupUrl()}/nope`, { token: s.tokens.pA })).status).toBe(404)
  })

  it('validates unit, span, quote, factors and sizes', async () => {
    const len = s.unit.text.length
    const cases: [Record<string, unknown>, number, string?][] = [
      [{ unitId: 'nope', start: 0, end: 1, factorIds: [] }, 400, 'unknown_unit'],
      [{ unitId: s.unit.id, start: 5, end: 5, factorIds: [] }, 400, 'invalid_span'],
      [{ unitId: s.unit.id, start: 0, end: len + 1, factorIds: [] }, 400, 'invalid_span'],
      [{ unitId: s.unit.id, start: 0, end: 3, quote: 'zzz', factorIds: [] }, 400, 'quote_mismatch'],
      [{ unitId: s.unit.id, quote: 'not in this unit', factorIds: [] }, 422, 'quote_not_found'],
      [{ unitId: s.unit.id, start: 0, factorIds: [] }, 400],
      [markerFinding(s, { factorIds: ['made-up-factor'] }), 400, 'unknown_factor'],
      [markerFinding(s, { risk: 'extreme' }), 400],
      [markerFinding(s, { rationale: 'x'.repeat(FINDING_LIMITS.maxRationaleChars + 1) }), 400],
      [markerFinding(s, { surprise: true }), 400],
    ]
    for (const [body, status, code] of cases) {
      const r = await post(body)
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(status)
      if (code) expect(r.body.error.code).toBe(code)
    }
    expect((await call(t.app, 'GET', groupUrl(), { token: s.tokens.pA })).body).toEqual([])
    expect((await post(markerFinding(s), s.tokens.pA, 'nope')).status).toBe(404)
  })

  it('patches tags and status; participants cannot write when locked or closed', async () => {
    const f = (await post(markerFinding(s))).body
    const patched = await call(t.app, 'PATCH', `${groupUrl()}/${f.id}`, {
      token: s.tokens.pA,
      body: { status: 'agreed', factorIds: s.factorIds.slice(0, 2) },
    })
    expect(patched.body).toMatchObject({ status: 'agreed', factorIds: s.factorIds.slice(0, 2) })
    expect(
      (
        await call(t.app, 'PATCH', `${groupUrl()}/${f.id}`, {
          token: s.tokens.pA,
          body: { factorIds: ['bad'] },
        })
      ).status,
    ).toBe(400)
    await call(t.app, 'PUT', `/api/reviews/${s.review.id}/groups/${s.groupA}/lock`, {
      token: s.tokens.facilitator,
      body: { locked: true },
    })
    expect((await post(markerFinding(s))).status).toBe(403)
    expect((await post(markerFinding(s), s.tokens.pB, s.groupB)).status).toBe(201)
    await setPhase(t.app, s, 'closed')
    expect((await post(markerFinding(s), s.tokens.pB, s.groupB)).status).toBe(403)
    expect((await call(t.app, 'GET', groupUrl(), { token: s.tokens.pB })).status).toBe(200)
  })
})

describe('consolidated findings and comparison', () => {
  it('merges findings across groups with sources, joined texts and united factors', async () => {
    const a = (
      await post(markerFinding(s, { rationale: 'A sabab', risk: 'low', factorIds: [s.factorIds[0]] }))
    ).body
    const at = s.unit.text.indexOf('rad etishi')
    const b = (
      await post(
        {
          unitId: s.unit.id,
          start: at,
          end: at + 'rad etishi'.length,
          rationale: 'B sabab',
          risk: 'high',
          factorIds: [s.factorIds[1]],
        },
        s.tokens.pB,
        s.groupB,
      )
    ).body
    const merged = await call(t.app, 'POST', consUrl(), {
      token: s.tokens.expert,
      body: { from: [a.id, b.id] },
    })
    expect(merged.status).toBe(201)
    expect(merged.body).toMatchObject({
      groupId: 'consolidated',
      unitId: s.unit.id,
      start: Math.min(a.start, b.start),
      end: Math.max(a.end, b.end),
      risk: 'high',
      rationale: 'A sabab\n\nB sabab',
      sources: [
        { groupId: s.groupA, findingId: a.id },
        { groupId: s.groupB, findingId: b.id },
      ],
    })
    expect(merged.body.factorIds.sort()).toEqual([s.factorIds[0], s.factorIds[1]].sort())
    expect(merged.body.quote).toBe(s.unit.text.slice(merged.body.start, merged.body.end))

    const overridden = await call(t.app, 'POST', consUrl(), {
      token: s.tokens.facilitator,
      body: { from: [a.id], rationale: 'Yagona', factorIds: [] },
    })
    expect(overridden.body).toMatchObject({ rationale: 'Yagona', factorIds: [] })
    expect(
      (await call(t.app, 'POST', consUrl(), { token: s.tokens.expert, body: { from: ['nope'] } })).status,
    ).toBe(400)
    expect(
      (await call(t.app, 'POST', consUrl(), { token: s.tokens.expert, body: { from: [] } })).status,
    ).toBe(400)
    expect(
      (await call(t.app, 'POST', consUrl(), { token: s.tokens.staff, body: { from: [a.id] } })).status,
    ).toBe(403)

    const list = await call(t.app, 'GET', consUrl(), { token: s.tokens.staff })
    expect(list.body).toHaveLength(2)
    const answered = await call(t.app, 'PUT', `${consUrl()}/${merged.body.id}/response`, {
      token: s.tokens.expert,
      body: { status: 'partly', reason: 'Qisman' },
    })
    expect(answered.body.response).toMatchObject({
      status: 'partly',
      reason: 'Qisman',
      recordedBy: { name: 'Erkin' },
    })
    expect((await call(t.app, 'GET', consUrl(), { token: s.tokens.pA })).status).toBe(403)
  })

  it('refuses to merge findings of different units without a span', async () => {
    const a = (await post(markerFinding(s))).body
    const other = s.draft.units.find((u) => u.id !== s.unit.id && u.text.length > 5) as { id: string }
    const b = (await post({ unitId: other.id, start: 0, end: 3, factorIds: [] }, s.tokens.pB, s.groupB)).body
    const r = await call(t.app, 'POST', consUrl(), { token: s.tokens.expert, body: { from: [a.id, b.id] } })
    expect(r.status).toBe(422)
    const withSpan = await call(t.app, 'POST', consUrl(), {
      token: s.tokens.expert,
      body: { from: [a.id, b.id], unitId: s.unit.id, quote: 'rad etishi' },
    })
    expect(withSpan.status).toBe(201)
  })

  it('compares groups: alpha, pairwise F1 and clusters; participants only after reveal', async () => {
    await post(markerFinding(s))
    await post(markerFinding(s), s.tokens.pB, s.groupB)
    const r = await call(t.app, 'GET', `/api/reviews/${s.review.id}/comparison`, { token: s.tokens.staff })
    expect(r.status).toBe(200)
    expect(r.body.groups).toEqual([s.groupA, s.groupB])
    expect(r.body.agreement.pairwiseF1[`${s.groupA}|${s.groupB}`]).toBe(1)
    expect(r.body.agreement.alpha).toBe(1)
    expect(r.body.clusters).toHaveLength(1)
    expect(r.body.clusters[0].groupIds.sort()).toEqual([s.groupA, s.groupB].sort())
    expect(
      (await call(t.app, 'GET', `/api/reviews/${s.review.id}/comparison`, { token: s.tokens.pA })).status,
    ).toBe(403)
    await setPhase(t.app, s, 'reveal')
    expect(
      (await call(t.app, 'GET', `/api/reviews/${s.review.id}/comparison`, { token: s.tokens.pA })).status,
    ).toBe(200)
  })
})
