/**
 * The follow-up conclusion as DOCX and PDF, from the shared blocks. Runs in the report worker thread
 * (workers/renderReport.ts) like the other DOCX/PDF exports; landscape, since the table is wide.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { type FollowUpReportModel, followUpBlocks } from '../../shared/reports/followUpModel.js'
import { lines } from './docxParts.js'
import { engine } from './pdf.js'

/** A full-width table with its header row repeated on each page. */
const table = (head: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((h) => new TableCell({ children: lines(h, true) })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((x) => new TableCell({ children: lines(x) })) })),
    ],
  })

/** The DOCX file. */
export async function followUpDocx(m: FollowUpReportModel): Promise<Uint8Array> {
  const children = followUpBlocks(m).flatMap((b): (Paragraph | Table)[] => {
    if (b.kind === 'heading') return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })]
    if (b.kind === 'paragraph') return [new Paragraph(b.text)]
    if (b.kind === 'fields')
      return b.pairs.map(
        ([k, v]) =>
          new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)] }),
      )
    return [table(b.head, b.rows)]
  })
  const doc = new Document({
    creator: 'Shaffof',
    title: `${m.title} — ${m.act.title}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ text: m.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: m.subtitle, italics: true })],
          }),
          ...children,
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** The pdfmake document definition (pure). */
export function followUpPdfDefinition(m: FollowUpReportModel): Record<string, unknown> {
  const content: unknown[] = [
    { text: m.title, style: 'h1' },
    { text: m.subtitle, alignment: 'center', italics: true },
  ]
  for (const b of followUpBlocks(m)) {
    if (b.kind === 'heading') content.push({ text: b.text, style: 'h2' })
    else if (b.kind === 'paragraph') content.push({ text: b.text })
    else if (b.kind === 'fields')
      content.push(
        ...b.pairs.map(([k, v]) => ({ text: [{ text: `${k}: `, bold: true }, v], margin: [0, 1, 0, 1] })),
      )
    else
      content.push({
        table: {
          headerRows: 1,
          widths: b.head.map(() => '*'),
          body: [b.head.map((h) => ({ text: h, style: 'th' })), ...b.rows],
        },
        fontSize: 8,
        margin: [0, 4, 0, 6],
      })
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: { title: `${m.title} — ${m.act.title}`, creator: 'Shaffof' },
    defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
      th: { bold: true, fillColor: '#eeeeee' },
    },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 15, 0, 0],
    }),
    content,
  }
}

/** The PDF file. */
export async function followUpPdf(m: FollowUpReportModel): Promise<Uint8Array> {
  const buffer = await engine().createPdf(followUpPdfDefinition(m)).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
