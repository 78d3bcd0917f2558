/**
 * Issue 11, script and formula payloads in every text field, exported through the real report route in
 * every format: HTML escaped (no script, no event handler, no injected element), DOCX as text runs (no
 * injected XML, no field codes), PDF as text (no JavaScript or launch actions), CSV with formula cells
 * defused by a leading apostrophe, Markdown without raw HTML, JSON and W3C as plain data.
 */

import { parse as parseCsv } from 'csv-parse/sync'
import type { AnyNode, Element } from 'domhandler'
import { textContent } from 'domutils'
import { strFromU8, unzipSync } from 'fflate'
import { parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, startApp } from '../e2e/harness.js'
import { wordText } from '../helpers/wordText.js'
import { recordFigures } from './kit.js'
import { type HostileSeed, PAYLOADS, seedHostileReview } from './xssSeed.js'

let app: RunningApp
let seed: HostileSeed
const SCOPES = () => [`group:${seed.groupId}`, 'consolidated']
let exportsChecked = 0

async function report(scope: string, format: string): Promise<{ bytes: Uint8Array; headers: Headers }> {
  const res = await fetch(
    `${app.url}/api/reviews/${seed.reviewId}/report?scope=${scope}&format=${format}&lang=en`,
    {
      headers: { Authorization: `Bearer ${seed.adminToken}` },
    },
  )
  expect(res.status, `${scope} ${format}`).toBe(200)
  const disposition = res.headers.get('content-disposition') ?? ''
  expect(disposition).toMatch(/^attachment;/)
  // The title carries payloads; the header must stay one clean line.
  expect(disposition).not.toMatch(/[\r\n<>]/)
  exportsChecked++
  return { bytes: new Uint8Array(await res.arrayBuffer()), headers: res.headers }
}

function elements(nodes: AnyNode[]): Element[] {
  return nodes.flatMap((n) =>
    'children' in n
      ? [
          ...(n.type === 'tag' || n.type === 'script' || n.type === 'style' ? [n as Element] : []),
          ...elements(n.children as AnyNode[]),
        ]
      : [],
  )
}

/** PDF text through pdf.js (legacy build for Node). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  return pages.join('\n')
}

beforeAll(async () => {
  app = await startApp()
  seed = await seedHostileReview(app.url, app.port)
}, 120_000)

afterAll(async () => {
  recordFigures('xss in exports', [
    `${Object.keys(PAYLOADS).length} payloads in every text field; ${exportsChecked} exports checked (2 scopes × 7 formats)`,
  ])
  await app?.stop()
})

describe('hostile text in exports', () => {
  it('HTML: every payload is escaped text; no script, handler or injected element', async () => {
    for (const scope of SCOPES()) {
      const html = strFromU8((await report(scope, 'html')).bytes)
      const dom = parseDocument(html)
      const all = elements(dom.children)
      expect(all.filter((e) => e.name === 'script').map((e) => e.attribs)).toEqual([])
      expect(all.filter((e) => ['img', 'svg', 'iframe', 'object', 'embed'].includes(e.name)).length).toBe(0)
      expect(
        all.flatMap((e) => Object.keys(e.attribs).filter((a) => a.toLowerCase().startsWith('on'))),
      ).toEqual([])
      expect(all.flatMap((e) => Object.values(e.attribs).filter((v) => /javascript:/i.test(v)))).toEqual([])
      // The payloads are there, as text a reader sees.
      const text = textContent(dom)
      expect(text).toContain(PAYLOADS.script)
      expect(text).toContain(PAYLOADS.img)
    }
  })

  it('DOCX: payloads are text runs, not markup or field codes', async () => {
    for (const scope of SCOPES()) {
      const files = unzipSync((await report(scope, 'docx')).bytes)
      for (const [name, data] of Object.entries(files)) {
        if (!name.endsWith('.xml')) continue
        const xml = strFromU8(data)
        expect(xml, name).not.toContain(PAYLOADS.wordXml)
        expect(xml, name).not.toMatch(/<w:instrText[^>]*>[^<]*HYPERLINK[^<]*evil/)
        expect(xml, name).not.toMatch(/<w:fldSimple[^>]*evil/)
        // Injected markup would open a run right before the word; escaped text keeps `&gt;` there.
        expect(xml, name).not.toMatch(/<w:t(?: [^>]*)?>INJECTED/)
      }
      const text = wordText(strFromU8(files['word/document.xml']!))
      expect(text).toContain(PAYLOADS.script)
      expect(text).toContain(PAYLOADS.wordXml)
    }
  })

  it('PDF: payloads are drawn as text; the file has no scripts or actions', async () => {
    for (const scope of SCOPES()) {
      const { bytes } = await report(scope, 'pdf')
      const raw = Buffer.from(bytes).toString('latin1')
      expect(raw).not.toMatch(/\/JavaScript|\/JS\s*\(|\/Launch|\/OpenAction|\/SubmitForm/)
      const text = (await pdfText(bytes)).replace(/\s+/g, ' ')
      expect(text).toContain('alert(1)')
      expect(text).toContain('HYPERLINK')
    }
  })

  it('CSV: no cell starts a formula; payload cells keep their text after an apostrophe', async () => {
    for (const scope of SCOPES()) {
      const csv = strFromU8((await report(scope, 'csv')).bytes).replace(/^\uFEFF/, '')
      const rows = parseCsv(csv, { relax_column_count: true }) as string[][]
      const cells = rows.flat()
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([])
      expect(
        cells.some((c) => c.startsWith(`'${PAYLOADS.dde}`) || c.startsWith(`'${PAYLOADS.hyperlink}`)),
      ).toBe(true)
    }
  })

  it('Markdown, JSON and W3C: no raw HTML in Markdown; data formats keep the exact text', async () => {
    for (const scope of SCOPES()) {
      const md = strFromU8((await report(scope, 'md')).bytes)
      expect(md).not.toMatch(/<script|<img|<svg/i)
      expect(md).not.toMatch(/\]\(javascript:/i)
      const json = JSON.stringify(JSON.parse(strFromU8((await report(scope, 'json')).bytes)))
      expect(json).toContain(JSON.stringify(PAYLOADS.script).slice(1, -1))
      const w3c = strFromU8((await report(scope, 'w3c')).bytes)
      expect(() => JSON.parse(w3c)).not.toThrow()
    }
  })
})
