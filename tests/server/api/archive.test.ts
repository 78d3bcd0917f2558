/**
 * Archiving and deleting drafts and reviews: managers only, archive before delete, a draft in use stays,
 * a deleted review's rooms are gone (4404) and its participants with it; lists hide archived items.
 */
import { describe, expect, it } from 'vitest'
import { createRoomAuthorize } from '../../../server/commands/roomAccess.js'
import { CLOSE_CODES } from '../../../shared/collab/rooms.js'
import { call, DRAFT_TEXT, seededAppPerTest } from './helpers.js'

const app = seededAppPerTest()

describe('archive and delete', () => {
  it('refuses experts, staff and participants; unknown ids are 404', async () => {
    const { t, s } = app.current()
    for (const token of [s.tokens.expert, s.tokens.staff, s.tokens.pA]) {
      for (const [method, path] of [
        ['POST', `/api/drafts/${s.draft.id}/archive`],
        ['POST', `/api/drafts/${s.draft.id}/unarchive`],
        ['DELETE', `/api/drafts/${s.draft.id}`],
        ['POST', `/api/reviews/${s.review.id}/archive`],
        ['POST', `/api/reviews/${s.review.id}/unarchive`],
        ['DELETE', `/api/reviews/${s.review.id}`],
      ] as const) {
        expect((await call(t.app, method, path, { token })).status, `${method} ${path}`).toBe(403)
      }
    }
    for (const [method, path] of [
      ['POST', '/api/drafts/nope/archive'],
      ['POST', '/api/drafts/nope/unarchive'],
      ['DELETE', '/api/drafts/nope'],
      ['POST', '/api/reviews/nope/archive'],
      ['POST', '/api/reviews/nope/unarchive'],
      ['DELETE', '/api/reviews/nope'],
    ] as const) {
      const r = await call(t.app, method, path, { token: s.tokens.admin })
      expect(r.status, `${method} ${path}`).toBe(404)
      expect(r.body.error.code).toBe('not_found')
    }
    expect(t.meta.data.drafts[0]?.archivedAt).toBeUndefined()
  })

  it('hides archived drafts and reviews from the lists unless ?archived=1, and unarchives', async () => {
    const { t, s } = app.current()
    const tok = { token: s.tokens.facilitator }
    const a = await call(t.app, 'POST', `/api/drafts/${s.draft.id}/archive`, tok)
    expect(a.status).toBe(200)
    expect(a.body).toMatchObject({ id: s.draft.id, archived: true })
    const r = await call(t.app, 'POST', `/api/reviews/${s.review.id}/archive`, { token: s.tokens.admin })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ id: s.review.id, archived: true })

    const ids = async (path: string) =>
      (await call(t.app, 'GET', path, tok)).body.map((x: { id: string }) => x.id)
    expect(await ids('/api/drafts')).not.toContain(s.draft.id)
    expect(await ids('/api/drafts?archived=1')).toContain(s.draft.id)
    expect(await ids('/api/reviews')).not.toContain(s.review.id)
    expect(await ids('/api/reviews?archived=1')).toContain(s.review.id)
    // A participant still sees their own review and its draft.
    expect((await call(t.app, 'GET', '/api/reviews', { token: s.tokens.pA })).body).toHaveLength(1)
    // Unlisted items stay readable.
    expect((await call(t.app, 'GET', `/api/drafts/${s.draft.id}`, tok)).body.archived).toBe(true)

    const u = await call(t.app, 'POST', `/api/drafts/${s.draft.id}/unarchive`, tok)
    expect(u.status).toBe(200)
    expect(u.body.archived).toBeUndefined()
    await call(t.app, 'POST', `/api/reviews/${s.review.id}/unarchive`, tok)
    expect(await ids('/api/drafts')).toContain(s.draft.id)
    expect(await ids('/api/reviews')).toContain(s.review.id)
    // The list shapes carry no new field for items that are not archived.
    const list = (await call(t.app, 'GET', '/api/drafts', tok)).body
    expect(Object.keys(list[0]).sort()).toEqual(['createdAt', 'id', 'language', 'title', 'versions'])
    expect((await call(t.app, 'GET', '/api/drafts?archived=2', tok)).status).toBe(400)
  })

  it('deletes only archived items, never a draft a review uses', async () => {
    const { t, s } = app.current()
    const tok = { token: s.tokens.facilitator }
    const notArchived = await call(t.app, 'DELETE', `/api/drafts/${s.draft.id}`, tok)
    expect(notArchived.status).toBe(409)
    expect(notArchived.body.error.code).toBe('not_archived')
    expect(notArchived.body.error.message).toMatch(/archive/i)
    const reviewNotArchived = await call(t.app, 'DELETE', `/api/reviews/${s.review.id}`, tok)
    expect(reviewNotArchived.status).toBe(409)
    expect(reviewNotArchived.body.error.code).toBe('not_archived')

    await call(t.app, 'POST', `/api/drafts/${s.draft.id}/archive`, tok)
    const inUse = await call(t.app, 'DELETE', `/api/drafts/${s.draft.id}`, tok)
    expect(inUse.status).toBe(409)
    expect(inUse.body.error.code).toBe('draft_in_use')
    expect((await call(t.app, 'GET', `/api/drafts/${s.draft.id}`, tok)).status).toBe(200)

    // A draft nobody uses goes, with its stored units.
    const spare = (
      await call(t.app, 'POST', '/api/drafts', {
        token: s.tokens.admin,
        body: { title: 'Spare', text: DRAFT_TEXT },
      })
    ).body
    expect(await t.meta.units.read(spare.versionId)).not.toBeNull()
    await call(t.app, 'POST', `/api/drafts/${spare.id}/archive`, { token: s.tokens.admin })
    expect((await call(t.app, 'DELETE', `/api/drafts/${spare.id}`, { token: s.tokens.admin })).status).toBe(
      204,
    )
    expect((await call(t.app, 'GET', `/api/drafts/${spare.id}`, tok)).status).toBe(404)
    expect(await t.meta.units.read(spare.versionId)).toBeNull()
    expect((await call(t.app, 'DELETE', `/api/drafts/${spare.id}`, tok)).status).toBe(404)
  })

  it('deleting a review removes its groups, rooms and participants; its rooms answer 4404', async () => {
    const { t, s } = app.current()
    const tok = { token: s.tokens.facilitator }
    const authorize = createRoomAuthorize(t.meta, () => t.clock.now)
    const room = s.review.groups[0]!.room
    expect(await authorize(room, s.tokens.facilitator)).toMatchObject({ ok: true })

    await call(t.app, 'POST', `/api/reviews/${s.review.id}/archive`, tok)
    expect((await call(t.app, 'DELETE', `/api/reviews/${s.review.id}`, tok)).status).toBe(204)

    expect((await call(t.app, 'GET', `/api/reviews/${s.review.id}`, tok)).status).toBe(404)
    expect((await call(t.app, 'GET', '/api/reviews?archived=1', tok)).body).toEqual([])
    for (const r of [room, s.review.consolidatedRoom]) {
      expect(await authorize(r, s.tokens.facilitator)).toMatchObject({
        ok: false,
        code: CLOSE_CODES.noSuchRoom,
      })
      expect(CLOSE_CODES.noSuchRoom).toBe(4404)
    }
    expect(t.meta.data.rooms.filter((r) => r.reviewId === s.review.id)).toEqual([])
    expect(t.meta.data.users.some((u) => u.id === s.users.pA.id || u.id === s.users.pB.id)).toBe(false)
    // The participants' sessions ended with their membership.
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })).status).toBe(401)

    // With the review gone, its draft can be archived and deleted.
    await call(t.app, 'POST', `/api/drafts/${s.draft.id}/archive`, tok)
    expect((await call(t.app, 'DELETE', `/api/drafts/${s.draft.id}`, tok)).status).toBe(204)
  })
})
