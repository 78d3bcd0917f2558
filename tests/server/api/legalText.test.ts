import { describe, expect, it } from 'vitest'
import { cabinetResolution } from '../../shared/structure/resolutionSample.js'
import { scottishStyleAct } from '../../shared/structure/ukActSample.js'
import { ACT_FIXTURES, fixtureText } from '../importers/fixtureFiles.js'
import { call, seededAppPerTest } from './helpers.js'

const app = seededAppPerTest()

function upload(name: string, content: string, fields: Record<string, string> = {}) {
  const { t, s } = app.current()
  const form = new FormData()
  form.set('file', new File([content], name, { type: 'text/plain' }))
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return t.app.request('/api/drafts', {
    method: 'POST',
    body: form,
    headers: { Authorization: `Bearer ${s.tokens.admin}` },
  })
}

const SHOPPING =
  'Shopping list\nMilk\nEggs (a dozen)\n2 loaves of bread\nApples\nWashing-up liquid\nCall Mum about Sunday'
const EN_NEWS = [
  'Council approves new park',
  'The city council on Tuesday approved plans for a new park in the east of the town. The mayor said the project would cost about £2 million and take two years.',
  'Residents welcomed the decision, although some raised concerns about parking. Work is expected to begin in the spring, and the council may hold a further consultation next month.',
].join('\n')

describe('a draft must be a legal text (422 not_legal_text otherwise)', () => {
  it('refuses a shopping list file and a pasted news item with a message that says why', async () => {
    const { t, s } = app.current()
    const res = await upload('list.txt', SHOPPING)
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body.error.code).toBe('not_legal_text')
    expect(body.error.message).toMatch(/no articles, sections or numbered points/)
    expect(body.error.message).toMatch(/plain text/)
    const news = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'News', text: EN_NEWS },
    })
    expect(news.status).toBe(422)
    expect(news.body.error.code).toBe('not_legal_text')
  })

  it('refuses the Uzbek news item about anti-corruption expertise although it is full of legal topics', async () => {
    const res = await upload('news.txt', fixtureText('uz-cyrl-seminar-news.txt'))
    expect(res.status).toBe(422)
    expect((await res.json()).error.code).toBe('not_legal_text')
  })

  it('nothing is stored for a refused text', async () => {
    const { t, s } = app.current()
    const before = (await call(t.app, 'GET', '/api/drafts', { token: s.tokens.admin })).body.length
    await upload('list.txt', SHOPPING)
    expect((await call(t.app, 'GET', '/api/drafts', { token: s.tokens.admin })).body.length).toBe(before)
  })

  it('keeps free text when the user asks for plain text (JSON flag or form checkbox)', async () => {
    const { t, s } = app.current()
    const json = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'News', text: EN_NEWS, plainText: true },
    })
    expect(json.status).toBe(201)
    expect(json.body.units.every((u: { kind: string }) => u.kind === 'text' || u.kind === 'preamble')).toBe(
      true,
    )
    const form = await upload('list.txt', SHOPPING, { plainText: 'on' })
    expect(form.status).toBe(201)
    const bad = await call(t.app, 'POST', '/api/drafts', {
      token: s.tokens.admin,
      body: { title: 'News', text: EN_NEWS, plainText: 'yes' },
    })
    expect(bad.status).toBe(400)
  })

  it.each([
    ...ACT_FIXTURES.map((n) => [n, fixtureText(n)]),
    ['a UK-style act', scottishStyleAct()],
    ['a Cabinet resolution', cabinetResolution('mixed')],
  ])('accepts %s', async (_name, text) => {
    const res = await upload('act.txt', text)
    expect(res.status).toBe(201)
  })
})
