import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtinPacks } from '../../../shared/methodology/index.js'
import { call, DRAFT_TEXT, makeApp, type Seeded, seed, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeEach(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
})
afterEach(() => t.close())

function upload(
  token: string,
  path: string,
  file: { name: string; type: string; content: BlobPart },
  fields: Record<string, string> = {},
) {
  const form = new FormData()
  form.set('file', new File([file.content], file.name, { type: file.type }))
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return t.app.request(path, { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } })
}

describe('drafts', () => {
  it('creates from JSON with detected language, units in document order and counts', () => {
    expect(s.draft).toMatchObject({ title: 'Permits', language: 'uz-Latn', versionNumber: 1 })
    const d = s.draft as unknown as {
      units: { id: string; kind: string; parentId: string | null; text: string }[]
      counts: Record<string, number>
    }
    expect(d.units.filter((u) => u.kind === 'article')).toHaveLength(3)
    expect(d.counts.article).toBe(3)
    for (const u of d.units)
      expect(Object.keys(u).sort()).toEqual(['id', 'kind', 'label', 'number', 'parentId', 'text'])
    // Every unit's text is in the source, in order.
    let from = 0
    for (const u of d.units.filter((x) => x.text)) {
      const at = DRAFT_TEXT.indexOf(u.text, from)
      expect(at).toBeGreaterThanOrEqual(0)
      from = at
    }
  })

  it('honours an explicit language and refuses text without provisions (422), nothing stored', async () => {
    const ru = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'T', text: DRAFT_TEXT, language: 'ru' },
    })
    expect(ru.body.language).toBe('ru')
    const before = (await call(t.app, 'GET', '/api/drafts', { token: s.tokens.admin })).body.length
    const empty = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'T', text: '   \n\n  ' },
    })
    expect(empty.status).toBe(422)
    expect((await call(t.app, 'GET', '/api/drafts', { token: s.tokens.admin })).body.length).toBe(before)
    expect(
      (await call(t.app, 'POST', '/api/drafts', { token: s.tokens.admin, body: { title: 'T' } })).status,
    ).toBe(400)
    expect(
      (
        await call(t.app, 'POST', '/api/drafts', {
          token: s.tokens.admin,
          body: { title: 'T', text: 'x', language: 'fr' },
        })
      ).status,
    ).toBe(400)
    const wrongType = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      raw: 'hello',
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(wrongType.status).toBe(415)
  })

  it('accepts a multipart upload and refuses unsupported files with 415', async () => {
    const ok = await upload(s.tokens.admin, '/api/drafts', {
      name: 'permits.txt',
      type: 'text/plain',
      content: DRAFT_TEXT,
    })
    expect(ok.status).toBe(201)
    const body = await ok.json()
    expect(body.title).toBe('permits')
    expect(body.units.length).toBe(s.draft.units.length)
    const titled = await upload(
      s.tokens.admin,
      '/api/drafts',
      { name: 'a.md', type: 'text/markdown', content: DRAFT_TEXT },
      { title: 'Named', language: 'uz-Latn' },
    )
    expect((await titled.json()).title).toBe('Named')
    const exe = await upload(s.tokens.admin, '/api/drafts', {
      name: 'virus.exe',
      type: 'application/octet-stream',
      content: new Uint8Array([77, 90, 0, 1]),
    })
    expect(exe.status).toBe(415)
    expect((await exe.json()).error.code).toBeTruthy()
    const noFile = await t.app.request('/api/drafts', {
      method: 'POST',
      body: new FormData(),
      headers: { Authorization: `Bearer ${s.tokens.admin}` },
    })
    expect(noFile.status).toBe(400)
  })

  it('refuses uploads over 20 MiB with 413', async () => {
    const big = new Uint8Array(21 * 1024 * 1024 + 10).fill(65)
    const r = await upload(s.tokens.admin, '/api/drafts', {
      name: 'big.txt',
      type: 'text/plain',
      content: big,
    })
    expect(r.status).toBe(413)
    expect((await r.json()).error.code).toBe('too_large')
  })

  it('adds immutable versions and reads any of them', async () => {
    const v2 = await call(t.app, 'POST', `/api/drafts/${s.draft.id}/versions`, {
      token: s.tokens.expert,
      body: { text: DRAFT_TEXT.replace('oʻttiz', 'oʻn besh') },
    })
    expect(v2.status).toBe(201)
    expect(v2.body).toMatchObject({ id: s.draft.id, title: 'Permits', versionNumber: 2 })
    expect(v2.body.versions.map((v: { number: number }) => v.number)).toEqual([1, 2])
    const latest = await call(t.app, 'GET', `/api/drafts/${s.draft.id}`, { token: s.tokens.staff })
    expect(latest.body.versionId).toBe(v2.body.versionId)
    const old = await call(t.app, 'GET', `/api/drafts/${s.draft.id}?version=${s.draft.versionId}`, {
      token: s.tokens.staff,
    })
    expect(JSON.stringify(old.body.units)).toContain('oʻttiz')
    expect(
      (await call(t.app, 'GET', `/api/drafts/${s.draft.id}?version=nope`, { token: s.tokens.staff })).status,
    ).toBe(404)
    expect(
      (
        await call(t.app, 'POST', '/api/drafts/nope/versions', {
          token: s.tokens.admin,
          body: { text: DRAFT_TEXT },
        })
      ).status,
    ).toBe(404)
    const list = await call(t.app, 'GET', '/api/drafts', { token: s.tokens.staff })
    expect(list.body[0]).toMatchObject({ id: s.draft.id, versions: [{ number: 1 }, { number: 2 }] })
    // Participants read the version their review uses, whatever the latest is.
    const mine = await call(t.app, 'GET', `/api/drafts/${s.draft.id}`, { token: s.tokens.pA })
    expect(mine.body.versionId).toBe(s.draft.versionId)
    expect(
      (
        await call(t.app, 'GET', `/api/drafts/${s.draft.id}?version=${v2.body.versionId}`, {
          token: s.tokens.pA,
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await call(t.app, 'POST', '/api/drafts', {
          token: s.tokens.staff,
          body: { title: 'T', text: DRAFT_TEXT },
        })
      ).status,
    ).toBe(403)
  })

  it('suggests factors at the discretion marker, with offsets into the unit', async () => {
    const r = await call(t.app, 'GET', `/api/drafts/${s.draft.id}/suggestions`, { token: s.tokens.pA })
    expect(r.status).toBe(200)
    const units = new Map(s.draft.units.map((u) => [u.id, u.text]))
    for (const sg of r.body) expect(units.get(sg.unitId)?.slice(sg.start, sg.end)).toBe(sg.quote)
    expect(r.body.some((sg: { unitId: string }) => sg.unitId === s.unit.id)).toBe(true)
    expect(
      (
        await call(t.app, 'GET', `/api/drafts/${s.draft.id}/suggestions?methodology=nope`, {
          token: s.tokens.admin,
        })
      ).status,
    ).toBe(404)
  })
})

describe('methodologies and utilities', () => {
  it('lists packs for any signed-in user and imports new versions as admin', async () => {
    const packs = (await call(t.app, 'GET', '/api/methodologies', { token: s.tokens.pA })).body
    expect(packs[0].id).toBe('uz-2021-regulation-3287')
    for (const f of packs[0].factors)
      expect(Object.keys(f.name).sort()).toEqual(['en', 'ru', 'uz-Cyrl', 'uz-Latn'])
    const invalid = await call(t.app, 'POST', '/api/methodologies', {
      token: s.tokens.admin,
      body: { id: 'x', version: '1' },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.details.length).toBeGreaterThan(0)
    const base = builtinPacks().find((p) => p.id === 'uz-2021-regulation-3287')
    const next = { ...base, version: '99.0.0', title: 'Newer' }
    const imported = await call(t.app, 'POST', '/api/methodologies', { token: s.tokens.admin, body: next })
    expect(imported.status).toBe(201)
    expect(
      (await call(t.app, 'POST', '/api/methodologies', { token: s.tokens.admin, body: next })).status,
    ).toBe(409)
    expect(
      (await call(t.app, 'POST', '/api/methodologies', { token: s.tokens.facilitator, body: next })).status,
    ).toBe(403)
    const listed = (await call(t.app, 'GET', '/api/methodologies', { token: s.tokens.admin })).body
    expect(listed.find((p: { id: string }) => p.id === base?.id).version).toBe('99.0.0')
    // The existing review keeps the pack version it was created with.
    const review = (await call(t.app, 'GET', `/api/reviews/${s.review.id}`, { token: s.tokens.admin })).body
    expect(review.methodologyVersion).toBe(base?.version)
    const newer = await call(t.app, 'POST', '/api/reviews', {
      token: s.tokens.admin,
      body: { title: 'N', draftId: s.draft.id, groups: ['G'] },
    })
    expect(newer.body.methodologyVersion).toBe('99.0.0')
  })

  it('transliterates Uzbek both ways', async () => {
    const cyr = await call(t.app, 'POST', '/api/transliterate', {
      token: s.tokens.pA,
      body: { text: 'Oʻzbekiston', to: 'uz-Cyrl' },
    })
    expect(cyr.body.text).toBe('Ўзбекистон')
    const lat = await call(t.app, 'POST', '/api/transliterate', {
      token: s.tokens.pA,
      body: { text: 'Ўзбекистон', to: 'uz-Latn' },
    })
    expect(lat.body.text).toBe('Oʻzbekiston')
    expect(
      (await call(t.app, 'POST', '/api/transliterate', { token: s.tokens.pA, body: { text: 'x', to: 'ru' } }))
        .status,
    ).toBe(400)
  })
})
