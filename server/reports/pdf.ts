/**
 * PDF export with pdfmake 0.3 (server build). DejaVu Sans covers Uzbek Latin ʻ (U+02BB) and the
 * Uzbek Cyrillic letters ў қ ғ ҳ, which pdfmake's bundled Roboto lacks in part (stack-notes §8).
 * No URL access at all; local access only to the fonts folder.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  actFields,
  documentTitle,
  type FieldPair,
  findingCells,
  findingHead,
  findingsByUnit,
  proposalLine,
  responseLine,
  reviewFields,
  segmentUnit,
  sourcesLine,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'

/** Where Debian's fonts-dejavu-core puts the fonts; override with SHAFFOF_FONTS_DIR. */
export const FONTS_DIR = process.env.SHAFFOF_FONTS_DIR ?? '/usr/share/fonts/truetype/dejavu'

type PdfMake = {
  setFonts(fonts: Record<string, Record<string, string>>): void
  setUrlAccessPolicy(fn: (url: string) => boolean): void
  setLocalAccessPolicy(fn: (path: string) => boolean): void
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Uint8Array> }
}

let pdfmake: PdfMake | null = null

/** Loads pdfmake once, with DejaVu registered; oblique faces fall back to upright when missing. */
function engine(): PdfMake {
  if (pdfmake) return pdfmake
  const font = (name: string, fallback: string) => {
    const path = join(FONTS_DIR, name)
    return existsSync(path) ? path : join(FONTS_DIR, fallback)
  }
  const normal = font('DejaVuSans.ttf', 'DejaVuSans.ttf')
  if (!existsSync(normal))
    throw new Error(`DejaVu Sans not found in ${FONTS_DIR}; install fonts-dejavu-core.`)
  const bold = font('DejaVuSans-Bold.ttf', 'DejaVuSans.ttf')
  const loaded = createRequire(import.meta.url)('pdfmake') as PdfMake
  loaded.setFonts({
    DejaVu: {
      normal,
      bold,
      italics: font('DejaVuSans-Oblique.ttf', 'DejaVuSans.ttf'),
      bolditalics: font('DejaVuSans-BoldOblique.ttf', bold),
    },
  })
  loaded.setUrlAccessPolicy(() => false)
  loaded.setLocalAccessPolicy((p) => p.startsWith(FONTS_DIR))
  pdfmake = loaded
  return loaded
}

const th = (text: string) => ({ text, style: 'th' })

/** The pdfmake document definition (pure; exported for tests and the benchmark). */
export function pdfDefinition(model: ReportModel): Record<string, unknown> {
  const t = textOf(model)
  const c = t.columns
  const field = ([label, value]: FieldPair) => ({
    text: [{ text: `${label}: `, bold: true }, value],
    margin: [0, 1, 0, 1],
  })
  const small = (head: string[], rows: string[][]) => ({
    table: { headerRows: 1, widths: ['*', 60], body: [head.map(th), ...rows] },
    margin: [0, 4, 0, 6],
  })
  // Sources and the response sit under the proposal so the table keeps seven columns on A4 portrait.
  const proposalCell = (f: ReportModel['findings'][number]) => {
    const parts: unknown[] = [proposalLine(f, t)]
    if (f.sources.length) parts.push({ text: `\n${c.sources}: ${sourcesLine(f)}`, italics: true })
    if (f.response) parts.push({ text: `\n${c.response}: ${responseLine(f, t)}`, bold: true })
    return { text: parts }
  }
  const findingsTable = {
    table: {
      headerRows: 1,
      widths: [18, 58, '*', 72, 46, '*', '*'],
      body: [
        findingHead(t, false).map(th),
        // The seven-column cells, with the plain proposal swapped for the richer proposal cell.
        ...model.findings.map((f) => [...findingCells(f, t, false).slice(0, -1), proposalCell(f)]),
      ],
    },
    fontSize: 8,
  }
  const byUnit = findingsByUnit(model)
  const annex = model.units.map((u) => {
    const list = byUnit.get(u.id) ?? []
    const runs = segmentUnit(u.text, list).segments.flatMap((seg) => [
      seg.covering.length ? { text: seg.text, background: '#fff3a8' } : seg.text,
      ...list
        .filter((f) => f.end === seg.end && seg.covering.includes(f.number))
        .map((f) => ({ text: `[${f.number}]`, sup: true, color: '#8a4b00' })),
    ])
    return { text: [{ text: `${u.label}: `, bold: true }, ...runs], margin: [0, 2, 0, 2] }
  })
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 40, 50],
    info: { title: documentTitle(model), creator: 'Shaffof' },
    defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    footer: (page: number, pages: number) => ({
      text: t.page(page, pages),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 15, 0, 0],
    }),
    content: [
      { text: model.title, style: 'h1' },
      { text: model.scope.label, alignment: 'center', italics: true },
      { text: t.sections.act, style: 'h2' },
      ...actFields(model, t).map(field),
      { text: t.sections.review, style: 'h2' },
      ...reviewFields(model, t).map(field),
      { text: t.sections.summary, style: 'h2' },
      ...summaryFields(model, t).map(field),
      ...summaryTables(model, t).map((x) => small(x.head, x.rows)),
      { text: t.sections.findings, style: 'h2' },
      model.findings.length ? findingsTable : { text: t.noFindings },
      { text: t.sections.conclusion, style: 'h2' },
      ...model.conclusion.map((p) => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 6] })),
      { text: t.sections.annex, style: 'h2', pageBreak: 'before' },
      ...annex,
    ],
  }
}

/** The PDF file as bytes. */
export async function writePdf(model: ReportModel): Promise<Uint8Array> {
  const buffer = await engine().createPdf(pdfDefinition(model)).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
