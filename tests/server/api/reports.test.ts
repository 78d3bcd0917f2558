import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../server/reports/index.js'
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
})
