/** Renaming drafts and reviews: the title changes and nothing else; staff and participants may not. */
import { describe, expect, it } from 'vitest'
import { call, seededAppPerTest } from './helpers.js'

const app = seededAppPerTest()

describe('rename', () => {
  it('renames a draft, keeping its versions and units', async () => {
    const { t, s } = app.current()
    const r = await call(t.app, 'PATCH', `/api/drafts/${s.draft.id}`, {
      token: s.tokens.facilitator,
      body: { title: '  Ruxsatnomalar toʻgʻrisida  ' },
    })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      id: s.draft.id,
      title: 'Ruxsatnomalar toʻgʻrisida',
      versionId: s.draft.versionId,
    })
    expect(r.body.units).toHaveLength(s.draft.units.length)
    expect(
      (await call(t.app, 'GET', `/api/drafts/${s.draft.id}`, { token: s.tokens.admin })).body.title,
    ).toBe('Ruxsatnomalar toʻgʻrisida')
  })

  it('renames a review, keeping groups and phase', async () => {
    const { t, s } = app.current()
    const r = await call(t.app, 'PATCH', `/api/reviews/${s.review.id}`, {
      token: s.tokens.facilitator,
      body: { title: 'Seminar, 2-kun' },
    })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ id: s.review.id, title: 'Seminar, 2-kun', phase: 'annotate' })
    expect(r.body.groups).toHaveLength(s.review.groups.length)
  })

  it('refuses staff and participants, unknown ids and bad titles with the contract error body', async () => {
    const { t, s } = app.current()
    for (const token of [s.tokens.staff, s.tokens.pA]) {
      expect(
        (await call(t.app, 'PATCH', `/api/drafts/${s.draft.id}`, { token, body: { title: 'X' } })).status,
      ).toBe(403)
      expect(
        (await call(t.app, 'PATCH', `/api/reviews/${s.review.id}`, { token, body: { title: 'X' } })).status,
      ).toBe(403)
    }
    const missing = await call(t.app, 'PATCH', '/api/drafts/nope', {
      token: s.tokens.admin,
      body: { title: 'X' },
    })
    expect(missing.status).toBe(404)
    const bad = await call(t.app, 'PATCH', `/api/reviews/${s.review.id}`, {
      token: s.tokens.admin,
      body: { title: 'a\nb' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) })
    const empty = await call(t.app, 'PATCH', `/api/drafts/${s.draft.id}`, {
      token: s.tokens.admin,
      body: { title: ' ' },
    })
    expect(empty.status).toBe(400)
  })
})
