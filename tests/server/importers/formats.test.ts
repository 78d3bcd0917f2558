import { describe, expect, it } from 'vitest'
import { extractDraftText } from '../../../server/importers/index.js'
import { type PdfItem, pdfItemsToText } from '../../../server/importers/pdfLayout.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { buildPdf } from './fixtureFiles.js'

const enc = (s: string) => new TextEncoder().encode(s)

describe('text formats', () => {
  it('HTML: scripts and styles dropped, entities decoded, <sup> digits become superscripts, title read', async () => {
    const html = `<!doctype html><html><head><title>Qonun &amp; loyiha</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body><h1>TADBIRKORLIK TOʻGʻRISIDA</h1>
      <p><b>18<sup>1</sup>-modda.</b> Kafolatlar</p><p>Matn &lt;birinchi&gt; qism.</p>
      <p></p><ol><li>ariza;</li><li>hujjat.</li></ol><img src="javascript:alert(1)" onerror="alert(2)"></body></html>`
    const got = await extractDraftText({ name: 'd.html', bytes: enc(html) })
    expect(got.title).toBe('Qonun & loyiha')
    expect(got.text).toBe(
      'TADBIRKORLIK TOʻGʻRISIDA\n18¹-modda. Kafolatlar\nMatn <birinchi> qism.\n\n1) ariza;\n2) hujjat.',
    )
    expect(got.text).not.toMatch(/alert|color/)
    const units = parseDraft(got.text, 'uz-Latn').units
    expect(units.find((u) => u.kind === 'article')?.number).toBe('18¹')
  })

  it('Markdown: heading marks, emphasis and links removed; first # heading is the title', async () => {
    const md =
      '# Закон о проверках\n\n## Глава 1\n\n### Статья 1. **Цель**\n\n1. Текст со [ссылкой](http://example.com) и `кодом`.\n\n---\n'
    const got = await extractDraftText({ name: 'd.md', bytes: enc(md) })
    expect(got.title).toBe('Закон о проверках')
    expect(got.text).toBe('Закон о проверках\n\nГлава 1\n\nСтатья 1. Цель\n\n1. Текст со ссылкой и кодом.')
  })

  it('plain text: BOM, CRLF, tabs, NBSP, zero-width characters and Windows-1251 are normalised', async () => {
    const utf8 = await extractDraftText({
      name: 'd.txt',
      bytes: enc('\uFEFFСтатья\u00A01.\tЦель\r\n\r\n\r\n\r\nТекст\u200B.\r\n'),
    })
    expect(utf8.text).toBe('Статья 1. Цель\n\nТекст.')
    const cp1251 = new Uint8Array([0xd1, 0xf2, 0xe0, 0xf2, 0xfc, 0xff, 0x20, 0x31, 0x2e]) // "Статья 1."
    expect((await extractDraftText({ name: 'd.txt', bytes: cp1251 })).text).toBe('Статья 1.')
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Qonun').flatMap((c) => [c.charCodeAt(0), 0])])
    expect((await extractDraftText({ name: 'd.txt', bytes: utf16 })).text).toBe('Qonun')
  })

  it('a PDF keeps its document title', async () => {
    const got = await extractDraftText({
      name: 'd.pdf',
      bytes: await buildPdf(
        '1-modda. Maqsad\nUshbu Qonunning maqsadi tartibga solishdan iborat.',
        'justify',
        'Loyiha 7',
      ),
    })
    expect(got.title).toBe('Loyiha 7')
    expect(got.text).toBe('1-modda. Maqsad\nUshbu Qonunning maqsadi tartibga solishdan iborat.')
  })
})

describe('PDF layout rebuilding', () => {
  const line = (s: string, x: number, w: number, y: number, f = 'r'): PdfItem => ({ s, x, y, w, h: 10, f })

  it('rejoins wrapped lines and hyphenated words, keeps compound hyphens, drops page numbers', () => {
    const page = (n: number, body: PdfItem[]) => [...body, line(String(n), 290, 10, 40)]
    const pages = [
      page(1, [
        line('The licensing authority may refuse a regu-', 60, 475, 700),
        line('lation request if the chora-', 60, 200, 688),
        line('tadbirlar plan is incomplete.', 60, 150, 676),
        line('Another regulation applies; one more regulation too.', 78, 300, 658),
      ]),
      page(2, [
        line('(a) first item', 78, 100, 700),
        line('chora-tadbirlar are listed here too.', 78, 200, 682),
      ]),
    ]
    expect(pdfItemsToText(pages)).toBe(
      'The licensing authority may refuse a regulation request if the chora-tadbirlar plan is incomplete.\n' +
        'Another regulation applies; one more regulation too.\n(a) first item\nchora-tadbirlar are listed here too.',
    )
  })

  it('a heading in another font after a full line starts a new paragraph', () => {
    const pages = [
      [
        line('text that fills the whole line to the right margin', 60, 475, 700),
        line('5-modda. Sarlavha', 60, 100, 688, 'bold'),
        line('Matn.', 60, 30, 676),
      ],
    ]
    expect(pdfItemsToText(pages)).toBe(
      'text that fills the whole line to the right margin\n5-modda. Sarlavha\nMatn.',
    )
  })
})
