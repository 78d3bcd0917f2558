import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writePdf } from '../../../server/reports/pdf.js'
import { reportText } from '../../../shared/reports/i18n.js'
import { sampleModel } from './inputs.js'

const dir = mkdtempSync(join(tmpdir(), 'shaffof-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Text of a PDF: poppler's pdftotext when installed, otherwise pdf.js (legacy build for Node). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  try {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  } catch {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false }).promise
    const pages: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
    }
    return pages.join('\n')
  }
}

describe('writePdf', () => {
  it('keeps Uzbek Latin oʻ/gʻ (U+02BB) and Uzbek Cyrillic ў қ ғ ҳ intact', async () => {
    const model = sampleModel('uz-Cyrl')
    const bytes = await writePdf(model)
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const text = await pdfText(bytes)
    // The draft is Uzbek Latin: quotes and labels carry ʻ.
    expect(text).toContain('oʻz')
    expect(text).toContain('Yigʻim')
    // The labels are Uzbek Cyrillic.
    for (const letter of ['ў', 'қ', 'ғ', 'ҳ']) expect(text).toContain(letter)
    expect(text.replace(/\s+/g, ' ')).toContain('Матн парчаси')
    expect(text.replace(/\s+/g, ' ')).toContain(model.findings[0].factors[0].name)
  })

  it('numbers pages in the report language and lists every finding', async () => {
    const model = sampleModel('ru', 30)
    const text = await pdfText(await writePdf(model))
    const pages = Number(/Страница 1 из (\d+)/.exec(text)?.[1])
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain(reportText('ru').page(pages, pages))
    expect(text.replace(/\s+/g, ' ')).toContain('Фрагмент текста')
    const flat = text.replace(/\s+/g, ' ')
    for (const f of model.findings) {
      expect(flat).toContain(`«${f.quote}»`)
      expect(flat).toContain(`№ ${f.number}. ${f.unitLabel}`)
    }
  })
})
