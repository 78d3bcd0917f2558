/**
 * The conclusion an agency files must have every field on A4 paper: the consolidated PDF with 1, 30
 * and 300 findings with long rationales (a web address and a long id in each), in all four report
 * languages, is rendered, and `pdftotext -bbox` must place every word inside the page's text width
 * while every finding's rationale and proposal is in the text. DOCX: the same content checks on
 * document.xml, and every table's columns sum to the text width.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { findingTitle } from '../../../server/reports/common.js'
import { writeDocx } from '../../../server/reports/docx.js'
import { TEXT_WIDTH } from '../../../server/reports/docxParts.js'
import { PDF_CONTENT, writePdf } from '../../../server/reports/pdf.js'
import { unbreak } from '../../../server/reports/wrap.js'
import { LANGUAGE_TAGS } from '../../../shared/domain/language.js'
import { reportText } from '../../../shared/reports/i18n.js'
import { buildReport } from '../../../shared/reports/model.js'
import type { ReportModel } from '../../../shared/reports/schema.js'
import { sampleReportInput } from '../../helpers/reportSample.js'
import { wordText } from '../../helpers/wordText.js'

const dir = mkdtempSync(join(tmpdir(), 'shaffof-layout-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Word = { page: number; xMin: number; xMax: number; text: string }

/** Words with their boxes, and the page width, from poppler's `pdftotext -bbox`. */
function pdfWords(
  bytes: Uint8Array,
  repeated: ReadonlySet<string> = new Set(),
  footer?: (page: number, pages: number) => string,
): { pageWidth: number; words: Word[]; text: string } {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`)
  writeFileSync(file, bytes)
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)?.[1])
  const words: Word[] = []
  let page = 0
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++
    const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line)
    if (m) words.push({ page, xMin: Number(m[1]), xMax: Number(m[2]), text: m[3] })
  }
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  // Each page carries its footer ("Page 3 of 12") and may start with the repeated heading of a
  // finding's block; drop both so text flowing across pages joins up.
  const pages = raw.split('\f')
  const text = pages
    .map((page, i) => {
      const lines = footer ? page.replace(footer(i + 1, pages.length - 1), '').split('\n') : page.split('\n')
      const first = lines.findIndex((l) => l.trim() !== '')
      if (first >= 0 && repeated.has(lines[first]?.trim() ?? '')) lines.splice(first, 1)
      return lines.join('\n')
    })
    .join('\n')
  return { pageWidth, words, text }
}

/**
 * Text compared without whitespace, the PDF's invisible break opportunities and hyphens (pdftotext
 * joins a word broken after a hyphen at a line end without it).
 */
const squash = (s: string) => unbreak(s).replace(/[\s-]+/g, '')

function model(lang: (typeof LANGUAGE_TAGS)[number], findings: number, annex = false): ReportModel {
  const articles = Math.max(2, Math.ceil(findings / 4))
  return buildReport(sampleReportInput({ lang, findings, articles, long: true, annex }))
}

describe('consolidated PDF on A4', () => {
  for (const lang of LANGUAGE_TAGS) {
    for (const count of [1, 30, 300]) {
      it(`${lang}, ${count} findings: every word inside the text width, every rationale and proposal present`, async () => {
        const m = model(lang, count)
        const t = reportText(lang)
        const titles = new Set(m.findings.map((f) => findingTitle(f, t)))
        const { pageWidth, words, text } = pdfWords(await writePdf(m), titles, t.page)
        expect(pageWidth).toBeCloseTo(595.28, 0)
        const right = PDF_CONTENT.left + PDF_CONTENT.width + 0.5
        const outside = words.filter((w) => w.xMax > right || w.xMin < PDF_CONTENT.left - 0.5)
        expect(outside.slice(0, 5)).toEqual([])
        const flat = squash(text)
        for (const f of m.findings) {
          expect(flat).toContain(squash(f.rationale))
          expect(flat).toContain(squash(f.proposal.text))
        }
        // No internal ids where a person reads: sources print as group names only.
        for (const f of m.findings) for (const s of f.sources) expect(flat).not.toContain(`(${s.findingId})`)
      }, 120_000)
    }
  }

  it('leaves the annex out by default for PDF and prints the draft without doubled labels when asked', async () => {
    const without = pdfWords(await writePdf(model('uz-Latn', 4))).text
    expect(without).not.toContain('Ilova.')
    const withAnnex = pdfWords(await writePdf(model('uz-Latn', 4, true))).text
    expect(withAnnex).toContain('Ilova.')
    expect(withAnnex).toContain('1-modda. Ruxsatnoma berish tartibi')
    expect(withAnnex).not.toMatch(/1-modda: 1-modda/)
  }, 60_000)
})

describe('consolidated DOCX', () => {
  for (const lang of LANGUAGE_TAGS) {
    it(`${lang}: every rationale and proposal present, every table as wide as the text`, async () => {
      const m = model(lang, 30)
      const files = unzipSync(await writeDocx(m))
      const document = strFromU8(files['word/document.xml'] ?? new Uint8Array())
      const flat = squash(wordText(document))
      for (const f of m.findings) {
        expect(flat).toContain(squash(f.rationale))
        expect(flat).toContain(squash(f.proposal.text))
      }
      const tables = document.split('<w:tbl>').slice(1)
      expect(tables.length).toBeGreaterThan(m.findings.length)
      for (const table of tables) {
        const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(table)?.[1] ?? ''
        const cols = [...grid.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((x) => Number(x[1]))
        expect(cols.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH)
        expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/)
      }
      // The page itself: A4 with the margins the text width was computed from.
      expect(document).toMatch(/<w:pgSz w:w="11906"/)
    }, 60_000)
  }

  it('keeps line breaks in Word comments and names no internal ids', async () => {
    const input = sampleReportInput({ lang: 'ru', findings: 2 })
    const first = input.findings[0]
    if (!first) throw new Error('sample has findings')
    const findings = [{ ...first, rationale: 'Первая строка.\nВторая строка.' }, ...input.findings.slice(1)]
    const m = buildReport({ ...input, findings })
    const files = unzipSync(await writeDocx(m))
    const comments = strFromU8(files['word/comments.xml'] ?? new Uint8Array())
    expect(wordText(comments)).toContain('Первая строка.\nВторая строка.')
    const document = wordText(strFromU8(files['word/document.xml'] ?? new Uint8Array()))
    for (const f of m.findings) for (const s of f.sources) expect(document).not.toContain(s.findingId)
    expect(document).not.toMatch(/1-modda: 1-modda/)
  })
})
