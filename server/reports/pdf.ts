/**
 * PDF export with pdfmake 0.3 (server build). DejaVu Sans covers Uzbek Latin ʻ (U+02BB) and the
 * Uzbek Cyrillic letters ў қ ғ ҳ, which pdfmake's bundled Roboto lacks in part (stack-notes §8).
 * No URL access at all; local access only to the fonts folder.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ReportText } from '../../shared/reports/i18n.js'
import type { ReportFinding, ReportModel } from '../../shared/reports/schema.js'
import {
  documentTitle,
  type FieldPair,
  findingFields,
  findingsByUnit,
  findingTitle,
  formFields,
  reviewFields,
  segmentUnit,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'
import { breakable } from './wrap.js'

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
export function engine(): PdfMake {
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

/** Content width of A4 portrait with our margins (595.28 pt − 50 − 40). */
const CONTENT_WIDTH = 505
/** The label column of the form and of each finding's block. */
const LABEL_WIDTH = 120

/** A light grid: thin grey rules, no heavy outer frame. */
const blockLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#999999',
  vLineColor: () => '#999999',
  paddingTop: () => 2,
  paddingBottom: () => 2,
}

/** Two-column label/value rows that fit the page; values may be long and wrap. */
function fieldTable(pairs: FieldPair[], extra: Record<string, unknown> = {}) {
  return {
    table: {
      widths: [LABEL_WIDTH, '*'],
      body: pairs.map(([label, value]) => [{ text: label, bold: true }, { text: breakable(value) }]),
    },
    layout: blockLayout,
    ...extra,
  }
}

/**
 * One finding as a block: a heading row (number and norm, repeated when the block crosses a page),
 * then every field on its own row — so the proposal, sources and answer are always on the paper.
 */
function findingBlock(f: ReportFinding, t: ReportText) {
  return {
    table: {
      widths: [LABEL_WIDTH, '*'],
      headerRows: 1,
      keepWithHeaderRows: 1,
      body: [
        [{ text: breakable(findingTitle(f, t)), colSpan: 2, style: 'fh' }, {}],
        ...findingFields(f, t).map(([label, value]) => [
          { text: label, bold: true, color: '#333333' },
          { text: breakable(value) },
        ]),
      ],
    },
    layout: blockLayout,
    fontSize: 9,
    margin: [0, 0, 0, 8],
  }
}

/** The annotated copy of the draft: the draft's own text (it carries its numbering), quotes marked. */
function annexContent(model: ReportModel, t: ReportText): unknown[] {
  const byUnit = findingsByUnit(model)
  const paragraphs = model.units.map((u) => {
    const list = byUnit.get(u.id) ?? []
    const runs = segmentUnit(u.text, list).segments.flatMap((seg) => [
      seg.covering.length ? { text: breakable(seg.text), background: '#fff3a8' } : breakable(seg.text),
      ...list
        .filter((f) => f.end === seg.end && seg.covering.includes(f.number))
        .map((f) => ({ text: `[${f.number}]`, sup: true, color: '#8a4b00' })),
    ])
    const heading = u.kind === 'article' || u.kind === 'division' || u.kind === 'annex'
    return { text: runs, bold: heading, margin: [heading ? 0 : 12, heading ? 6 : 1, 0, 1] }
  })
  return [{ text: t.sections.annex, style: 'h2', pageBreak: 'before' }, ...paragraphs]
}

/** The signature block: one line per person to sign, with their name. */
function signatureBlock(model: ReportModel, t: ReportText): unknown[] {
  if (model.signatories.length === 0) return []
  const heading = model.scope.kind === 'group' ? t.signature.members : t.signature.experts
  return [
    { text: `${heading}:`, bold: true, margin: [0, 18, 0, 6] },
    {
      table: {
        widths: ['*', 150],
        body: model.signatories.map((name) => [
          { text: breakable(name), margin: [0, 10, 0, 0] },
          {
            text: [`${t.form.blank}\n`, { text: t.signature.sign, fontSize: 7, color: '#555555' }],
            alignment: 'center',
          },
        ]),
      },
      layout: 'noBorders',
      unbreakable: model.signatories.length <= 8,
    },
  ]
}

/** The pdfmake document definition (pure; exported for tests and the benchmark). */
export function pdfDefinition(model: ReportModel): Record<string, unknown> {
  const t = textOf(model)
  const small = (head: string[], rows: string[][]) => ({
    table: {
      headerRows: 1,
      widths: ['*', 60],
      body: [head.map(th), ...rows.map((r) => r.map((x) => breakable(x)))],
    },
    layout: blockLayout,
    margin: [0, 4, 0, 6],
  })
  const notices = model.notices.map((n) => ({
    table: { widths: ['*'], body: [[{ text: n, italics: true }]] },
    layout: { ...blockLayout, fillColor: () => '#f4f4f4' },
    margin: [0, 4, 0, 4],
  }))
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 40, 50],
    info: { title: documentTitle(model), creator: 'Shaffof' },
    defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
      fh: { bold: true, fillColor: '#e4ebf3' },
    },
    footer: (page: number, pages: number) => ({
      text: t.page(page, pages),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 15, 0, 0],
    }),
    content: [
      { text: breakable(model.title), style: 'h1' },
      { text: breakable(model.scope.label), alignment: 'center', italics: true, margin: [0, 0, 0, 8] },
      fieldTable(formFields(model, t), { margin: [0, 0, 0, 6] }),
      { text: t.sections.review, style: 'h2' },
      fieldTable(reviewFields(model, t)),
      { text: t.sections.summary, style: 'h2' },
      {
        table: {
          widths: ['*', 60],
          body: summaryFields(model, t).map(([k, v]) => [{ text: k, bold: true }, v]),
        },
        layout: blockLayout,
        margin: [0, 0, 0, 4],
      },
      ...summaryTables(model, t).map((x) => small(x.head, x.rows)),
      ...notices,
      { text: t.sections.findings, style: 'h2' },
      ...(model.findings.length ? model.findings.map((f) => findingBlock(f, t)) : [{ text: t.noFindings }]),
      { text: t.sections.conclusion, style: 'h2' },
      ...model.conclusion.map((p) => ({ text: breakable(p), alignment: 'justify', margin: [0, 0, 0, 6] })),
      ...signatureBlock(model, t),
      ...(model.annex ? annexContent(model, t) : []),
    ],
  }
}

/** The content width a PDF's text must stay within, for the layout tests. */
export const PDF_CONTENT = { left: 50, width: CONTENT_WIDTH }

/** The PDF file as bytes. */
export async function writePdf(model: ReportModel): Promise<Uint8Array> {
  const buffer = await engine().createPdf(pdfDefinition(model)).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
