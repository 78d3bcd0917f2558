import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../server/reports/index.js'
import { setChecklist } from '../../../shared/collab/roomDoc.js'
import { call, makeApp, markerFinding, type Seeded, seed, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeAll(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
  const url = `/api/reviews/${s.review.id}/groups/${s.groupA}/findings`
  const f = await call(t.app, 'POST', url, {
    token: s.tokens.pA,
    body: markerFinding(s, { rationale: 'Keng <b>vakolat</b>' }),
  })
  await call(t.app, 'POST', `/api/reviews/${s.review.id}/consolidated/findings`, {
    token: s.tokens.expert,
    body: { from: [f.body.id] },
  })
})
afterAll(() => t.close())

const report = (q: string, token: string) =>
  t.app.request(`/api/reviews/${s.review.id}/report?${q}`, { headers: { Authorization: `Bearer ${token}` } })

describe('report', () => {
  it.each(EXPORT_FORMATS)('exports a group as %s with type and file name', async (format) => {
    const r = await report(`scope=group:${s.groupA}&format=${format}&lang=uz-Latn`, s.tokens.staff)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBeTruthy()
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/)
    const bytes = new Uint8Array(await r.arrayBuffer())
    expect(bytes.length).toBeGreaterThan(50)
    if (format === 'html') expect(new TextDecoder().decode(bytes)).not.toContain('<b>vakolat</b>')
    if (format === 'json') expect(new TextDecoder().decode(bytes)).toContain('oʻz xohishiga koʻra')
  })

  it('exports the consolidated conclusion and follows read access', async () => {
    expect((await report('scope=consolidated&format=md', s.tokens.expert)).status).toBe(200)
    expect((await report('scope=consolidated&format=md', s.tokens.pA)).status).toBe(403)
    expect((await report(`scope=group:${s.groupB}&format=md`, s.tokens.pA)).status).toBe(403)
    expect((await report(`scope=group:${s.groupA}&format=md`, s.tokens.pA)).status).toBe(200)
    expect((await report('scope=group:nope&format=md', s.tokens.admin)).status).toBe(404)
    expect((await report('scope=everything&format=md', s.tokens.admin)).status).toBe(400)
    expect((await report(`scope=group:${s.groupA}&format=exe`, s.tokens.admin)).status).toBe(400)
  })

  it('names no other group in a group’s report during the blind phase, in any format', async () => {
    for (const format of ['json', 'md', 'html', 'csv']) {
      const text = await (
        await report(`scope=group:${s.groupA}&format=${format}&lang=en`, s.tokens.pA)
      ).text()
      if (format !== 'csv') expect(text, format).toContain('Alpha')
      expect(text, format).not.toContain('Beta')
      expect(text, format).not.toContain(s.groupB)
    }
    await call(t.app, 'PUT', `/api/reviews/${s.review.id}/phase`, {
      token: s.tokens.facilitator,
      body: { phase: 'reveal' },
    })
    const revealed = await (await report(`scope=group:${s.groupA}&format=json`, s.tokens.pA)).text()
    expect(revealed).toContain('Beta')
    await call(t.app, 'PUT', `/api/reviews/${s.review.id}/phase`, {
      token: s.tokens.facilitator,
      body: { phase: 'annotate' },
    })
  })

  it('fills the official form from the export options and names the group’s members', async () => {
    const q = `scope=group:${s.groupA}&format=json&lang=ru&draftingBody=${encodeURIComponent('Минюст')}&outgoingNumber=12-34`
    const model = await (await report(q, s.tokens.staff)).json()
    expect(model.form.draftingBody).toBe('Минюст')
    expect(model.form.outgoingNumber).toBe('12-34')
    expect(model.form.basis).toContain('ЗРУ-860')
    expect(model.signatories).toContain('Aziz')
    expect(model.review.members).toContain('Aziz')
    expect(model.annex).toBe(true)
    const off = await (await report(`scope=group:${s.groupA}&format=json&annex=0`, s.tokens.staff)).json()
    expect(off.annex).toBe(false)
    expect((await report(`scope=group:${s.groupA}&format=json&annex=maybe`, s.tokens.staff)).status).toBe(400)
  })

  it('counts an article as checked in the conclusion when any group checked it; the experts’ mark wins', async () => {
    const review = t.meta.data.reviews.find((r) => r.id === s.review.id)
    if (!review) throw new Error('seeded review')
    const units = (await (
      await t.app.request(`/api/drafts/${review.draftId}`, {
        headers: { Authorization: `Bearer ${s.tokens.admin}` },
      })
    ).json()) as { units: { id: string; kind: string }[] }
    const articles = units.units.filter((u) => u.kind === 'article').map((u) => u.id)
    expect(articles.length).toBeGreaterThan(1)
    const last = articles[articles.length - 1] as string
    const groupB = review.groups.find((g) => g.id === s.groupB)
    if (!groupB) throw new Error('group B')
    const checked = async () =>
      (await (await report('scope=consolidated&format=json', s.tokens.expert)).json()).summary.articles
        .checked
    const before = await checked()
    setChecklist(await t.rooms.getDoc(groupB.room), last, 'none')
    expect(await checked()).toBe(before + 1)
    // The experts adjust it in the consolidated room: "not reviewed" there overrides the group.
    setChecklist(await t.rooms.getDoc(review.consolidatedRoom), last, 'unreviewed')
    expect(await checked()).toBe(before)
  })
})
