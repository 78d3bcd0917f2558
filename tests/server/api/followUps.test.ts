/**
 * Follow-up routes over HTTP: the version diff, carrying consolidated findings to a later version,
 * verdicts (experts only), the audit entry and live signal in the consolidated room, and bad input.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { followUpSignals } from '../../../shared/collab/followUpSignal.js'
import { readAudit } from '../../../shared/collab/roomDoc.js'
import { prepare } from './followUpSeed.js'
import { call, DRAFT_TEXT, makeApp, type Seeded, seed, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeEach(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
})
afterEach(() => t.close())

const base = () => `/api/reviews/${s.review.id}/follow-ups`

describe('GET /api/drafts/:id/diff', () => {
  it('pairs renumbered, changed and added units in the new order', async () => {
    const { v2 } = await prepare(t, s)
    const r = await call(
      t.app,
      'GET',
      `/api/drafts/${s.draft.id}/diff?from=${s.draft.versionId}&to=${v2.versionId}`,
      {
        token: s.tokens.staff,
      },
    )
    expect(r.status, r.text).toBe(200)
    expect(r.body).toMatchObject({ from: s.draft.versionId, to: v2.versionId })
    const pairs = r.body.pairs as {
      op: string
      fromUnitId: string | null
      toUnitId: string | null
      toLabel: string
    }[]
    expect(pairs.filter((p) => p.toUnitId).map((p) => p.toUnitId)).toEqual(
      v2.units.map((u: { id: string }) => u.id),
    )
    const old2 = s.draft.units.find((u) => u.text.startsWith('2-modda')) as { id: string }
    expect(pairs.find((p) => p.fromUnitId === old2.id)).toMatchObject({ op: 'same', toLabel: '3-modda' })
    expect(pairs.find((p) => p.fromUnitId === s.unit.id)?.op).toBe('changed')
    expect(pairs.filter((p) => p.op === 'added')).toHaveLength(2)
    // Defaults: to = latest, from = the one before it.
    const d = await call(t.app, 'GET', `/api/drafts/${s.draft.id}/diff`, { token: s.tokens.expert })
    expect(d.body.pairs).toEqual(pairs)
  })

  it('refuses unknown ids and participants', async () => {
    const { v2 } = await prepare(t, s)
    const url = `/api/drafts/${s.draft.id}/diff`
    expect((await call(t.app, 'GET', `${url}?from=nope`, { token: s.tokens.expert })).status).toBe(404)
    expect((await call(t.app, 'GET', `/api/drafts/nope/diff`, { token: s.tokens.expert })).status).toBe(404)
    expect((await call(t.app, 'GET', `${url}?to=${v2.versionId}`, { token: s.tokens.pA })).status).toBe(404)
  })
})

describe('follow-ups', () => {
  it('carries each consolidated finding to v2, takes verdicts and lists new risks', async () => {
    const { marker, kept, v2 } = await prepare(t, s)
    const created = await call(t.app, 'POST', base(), {
      token: s.tokens.expert,
      body: { versionId: v2.versionId },
    })
    expect(created.status, created.text).toBe(201)
    const f = created.body
    expect(f).toMatchObject({
      reviewId: s.review.id,
      fromVersionId: s.draft.versionId,
      toVersionId: v2.versionId,
    })
    const [a, b] = f.items
    const unitOf = (id: string) =>
      v2.units.find((u: { id: string }) => u.id === id) as { text: string; label: string }
    expect(a).toMatchObject({
      findingId: marker.id,
      quote: 'oʻz xohishiga koʻra',
      unitLabel: s.unit.label,
      state: 'edited',
      proposalAdopted: true,
      verdict: 'pending',
      note: '',
    })
    expect(unitOf(a.toUnitId).text.slice(a.start, a.end)).toBe('Qonunda belgilangan asoslar, boʻyicha')
    expect(a.toUnitLabel).toBe('3-modda 1-qism')
    expect(b).toMatchObject({
      findingId: kept.id,
      state: 'unchanged',
      proposalAdopted: false,
      toUnitLabel: '4-modda 1-qism',
    })
    expect(unitOf(b.toUnitId).text.slice(b.start, b.end)).toBe('rasmiy eʼlon')
    // New risks only in changed and added units: the new article repeats the discretion marker.
    const added = v2.units.find((u: { text: string }) => u.text.startsWith('Ruxsatnoma —')) as { id: string }
    expect(f.newSuggestions.find((x: { unitId: string }) => x.unitId === added.id)).toMatchObject({
      unitLabel: '1-modda 1-qism',
    })
    const diff = await call(t.app, 'GET', `/api/drafts/${s.draft.id}/diff`, { token: s.tokens.expert })
    const touched = new Set(
      diff.body.pairs
        .filter((p: { op: string }) => p.op === 'changed' || p.op === 'added')
        .map((p: { toUnitId: string }) => p.toUnitId),
    )
    for (const x of f.newSuggestions) expect(touched.has(x.unitId)).toBe(true)

    const item = `${base()}/${f.id}/items/${marker.id}`
    const v = await call(t.app, 'PATCH', item, {
      token: s.tokens.expert,
      body: { verdict: 'partly', note: 'Asoslar hali toʻliq emas' },
    })
    expect(v.status, v.text).toBe(200)
    expect(v.body).toMatchObject({
      findingId: marker.id,
      verdict: 'partly',
      note: 'Asoslar hali toʻliq emas',
    })
    // Verdict without a note keeps the note.
    const v2b = await call(t.app, 'PATCH', item, { token: s.tokens.facilitator, body: { verdict: 'fixed' } })
    expect(v2b.body).toMatchObject({ verdict: 'fixed', note: 'Asoslar hali toʻliq emas' })

    for (const token of [s.tokens.staff, s.tokens.expert]) {
      const list = await call(t.app, 'GET', base(), { token })
      expect(list.status).toBe(200)
      expect(list.body).toHaveLength(1)
      const one = await call(t.app, 'GET', `${base()}/${f.id}`, { token })
      expect(one.body.items[0]).toMatchObject({ verdict: 'fixed', note: 'Asoslar hali toʻliq emas' })
    }
    // Persisted in the metadata store, audited and signalled in the consolidated room.
    expect(t.meta.data.followUps.find((x) => x.id === f.id)?.items[0]?.verdict).toBe('fixed')
    const doc = await t.rooms.getDoc(s.review.consolidatedRoom)
    const audit = readAudit(doc)
    expect(audit.filter((e) => e.action === 'verdict').map((e) => e.detail)).toEqual([
      `${s.unit.label}: pending → partly`,
      `${s.unit.label}: partly → fixed`,
    ])
    expect(audit.some((e) => e.action === 'follow_up')).toBe(true)
    expect(followUpSignals(doc).get(f.id)).toMatchObject({ seq: 3 })
  })

  it('refuses bad versions, unknown ids and verdicts, and non-experts, creating nothing', async () => {
    const { marker, v2 } = await prepare(t, s)
    const other = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'Other', text: DRAFT_TEXT },
    })
    const post = (versionId: unknown, token = s.tokens.expert) =>
      call(t.app, 'POST', base(), { token, body: { versionId } })
    const cases: [unknown, number, string?][] = [
      [other.body.versionId, 400, 'version_of_other_draft'],
      [s.draft.versionId, 409, 'version_not_later'],
      ['no-such-version', 404],
      [42, 400],
    ]
    for (const [versionId, status, code] of cases) {
      const r = await post(versionId)
      expect(r.status, r.text).toBe(status)
      expect(r.body.error.message).toBeTruthy()
      if (code) expect(r.body.error.code).toBe(code)
    }
    expect(
      (await call(t.app, 'POST', base(), { token: s.tokens.expert, body: { versionId: v2.versionId, x: 1 } }))
        .status,
    ).toBe(400)
    expect((await post(v2.versionId, s.tokens.staff)).status).toBe(403)
    expect((await post(v2.versionId, s.tokens.pA)).status).toBe(403)
    expect(
      (
        await call(t.app, 'POST', '/api/reviews/nope/follow-ups', {
          token: s.tokens.expert,
          body: { versionId: v2.versionId },
        })
      ).status,
    ).toBe(404)
    expect(t.meta.data.followUps).toHaveLength(0)

    // An earlier version: a review made on v2, followed up on v1.
    const later = await call(t.app, 'POST', '/api/reviews', {
      token: s.tokens.facilitator,
      body: { title: 'On v2', draftId: s.draft.id, versionId: v2.versionId, groups: ['A'] },
    })
    const earlier = await call(t.app, 'POST', `/api/reviews/${later.body.id}/follow-ups`, {
      token: s.tokens.expert,
      body: { versionId: s.draft.versionId },
    })
    expect(earlier.status).toBe(409)

    const f = (await post(v2.versionId)).body
    const item = `${base()}/${f.id}/items/${marker.id}`
    const patch = (url: string, body: unknown, token = s.tokens.expert) =>
      call(t.app, 'PATCH', url, { token, body })
    expect((await patch(item, { verdict: 'solved' })).status).toBe(400)
    expect((await patch(item, { verdict: 'fixed', note: 'x'.repeat(10_001) })).status).toBe(400)
    expect((await patch(`${base()}/${f.id}/items/nope`, { verdict: 'fixed' })).status).toBe(404)
    expect((await patch(`${base()}/nope/items/${marker.id}`, { verdict: 'fixed' })).status).toBe(404)
    expect((await patch(item, { verdict: 'fixed' }, s.tokens.staff)).status).toBe(403)
    expect((await patch(item, { verdict: 'fixed' }, s.tokens.pA)).status).toBe(403)
    expect((await call(t.app, 'GET', base(), { token: s.tokens.pA })).status).toBe(403)
    expect((await call(t.app, 'GET', `${base()}/nope`, { token: s.tokens.expert })).status).toBe(404)
    expect(t.meta.data.followUps[0]?.items[0]?.verdict).toBe('pending')
  })
})
