/**
 * The follow-up conclusion through the report route (`scope=follow-up:<id>`): every format in every
 * report language carries each finding's old quote and new wording, state, verdict and note, the
 * summary and the new risks; user text is escaped; only the Agency's accounts may export it.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../server/reports/index.js'
import { LANGUAGE_TAGS } from '../../../shared/domain/language.js'
import { followUpText } from '../../../shared/reports/followUpText.js'
import { prepare } from './followUpSeed.js'
import { call, makeApp, type Seeded, seed, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
let followUpId: string
const NOTE = 'Asoslar <script>alert(1)</script> hali toʻliq emas'
const dir = mkdtempSync(join(tmpdir(), 'shaffof-follow-up-'))

beforeAll(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
  const { marker, v2 } = await prepare(t, s)
  const f = await call(t.app, 'POST', `/api/reviews/${s.review.id}/follow-ups`, {
    token: s.tokens.expert,
    body: { versionId: v2.versionId },
  })
  followUpId = f.body.id
  const v = await call(
    t.app,
    'PATCH',
    `/api/reviews/${s.review.id}/follow-ups/${followUpId}/items/${marker.id}`,
    {
      token: s.tokens.expert,
      body: { verdict: 'partly', note: NOTE },
    },
  )
  expect(v.status).toBe(200)
})
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  await t.close()
})

const url = (format: string, lang: string, scope = `follow-up:${followUpId}`) =>
  `/api/reviews/${s.review.id}/report?scope=${encodeURIComponent(scope)}&format=${format}&lang=${lang}`

async function download(format: string, lang: string, token = s.tokens.staff) {
  const res = await t.app.request(url(format, lang), { headers: { Authorization: `Bearer ${token}` } })
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}

/** The text a reader sees in a file of each format. */
function textOf(format: string, bytes: Uint8Array): string {
  if (format === 'docx') {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array)
    return xml
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  }
  if (format === 'pdf') {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  }
  const text = new TextDecoder().decode(bytes)
  // Markdown escapes its metacharacters with backslashes.
  return format === 'md' ? text.replace(/\\(.)/g, '$1') : text
}

const squash = (x: string) => x.replace(/\s+/g, '')

describe.each(LANGUAGE_TAGS)('follow-up conclusion in %s', (lang) => {
  const w = followUpText(lang)
  it.each(EXPORT_FORMATS)('%s', async (format) => {
    const { res, bytes } = await download(format, lang)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`follow-up-v2-${lang}`)
    const text = textOf(format, bytes)
    // pdftotext breaks table cells into lines; compare without whitespace.
    const has = (needle: string) => expect(squash(text), needle).toContain(squash(needle))
    if (format === 'w3c') {
      const doc = JSON.parse(text)
      const items = doc.first.items
      expect(items).toHaveLength(2)
      expect(items[0].body[0]).toMatchObject({ verdict: 'partly', state: 'edited' })
      expect(items[0].body[1].value).toBe(NOTE)
      expect(items[0].target.selector.refinedBy).toMatchObject({ type: 'TextPositionSelector' })
      return
    }
    if (format === 'json') {
      const m = JSON.parse(text)
      expect(m.summary).toMatchObject({ total: 2, partly: 1, pending: 1, fixed: 0, removed: 0, adopted: 1 })
      expect(m.items[0]).toMatchObject({
        quote: 'oʻz xohishiga koʻra',
        newText: 'Qonunda belgilangan asoslar, boʻyicha',
        note: NOTE,
      })
      expect(m.newRisks.length).toBeGreaterThan(0)
      return
    }
    has('oʻz xohishiga koʻra')
    has('Qonunda belgilangan asoslar, boʻyicha')
    has(w.verdict.partly)
    has(w.state.edited)
    has(w.state.unchanged)
    if (format !== 'csv') {
      // CSV is one row per finding; the others also carry the summary and the new risks.
      has(w.sections.newRisks)
      has(w.summary.total)
    }
    if (format === 'html') {
      expect(text).not.toContain('<script>')
      expect(text).toContain('&#60;script&#62;')
    } else if (format === 'md') expect(text).not.toContain('<script>')
    else has(NOTE)
  })
})

describe('access and bad input', () => {
  it('refuses participants, unknown follow-ups and malformed scopes', async () => {
    const { res } = await download('md', 'en', s.tokens.pA)
    expect(res.status).toBe(403)
    const unknown = await call(t.app, 'GET', url('md', 'en', 'follow-up:nope'), { token: s.tokens.staff })
    expect(unknown.status).toBe(404)
    const bad = await call(t.app, 'GET', url('md', 'en', 'follow-up:../x'), { token: s.tokens.staff })
    expect(bad.status).toBe(400)
  })
})
