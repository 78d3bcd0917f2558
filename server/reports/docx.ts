/**
 * DOCX export with `docx` 9: title block, summary, the findings table (header row repeated on each
 * page), the conclusion, page numbers in the footer, and the annotated draft as an annex.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  actFields,
  documentTitle,
  type FieldPair,
  findingCells,
  findingHead,
  reviewFields,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'
import { annexComments, annexParagraphs } from './docxAnnex.js'

const cell = (text: string, bold = false) =>
  new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  })

const table = (head: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
    ],
  })

const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2,
) => new Paragraph({ text, heading: level })

const field = ([label, value]: FieldPair) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })

/** The DOCX file as bytes. */
export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  const t = textOf(model)
  const consolidated = model.scope.kind === 'consolidated'
  const head = findingHead(t, consolidated)
  const rows = model.findings.map((f) => findingCells(f, t, consolidated))
  // An empty paragraph between the count tables keeps Word from merging them into one.
  const countTables = summaryTables(model, t).flatMap((x, i) => [
    ...(i ? [new Paragraph('')] : []),
    table(x.head, x.rows),
  ])

  const doc = new Document({
    creator: 'Shaffof',
    title: documentTitle(model),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    comments: { children: annexComments(model) },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 851 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            text: model.title,
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: model.scope.label, italics: true })],
          }),
          heading(t.sections.act),
          ...actFields(model, t).map(field),
          heading(t.sections.review),
          ...reviewFields(model, t).map(field),
          heading(t.sections.summary),
          ...summaryFields(model, t).map(field),
          ...countTables,
          heading(t.sections.findings),
          model.findings.length ? table(head, rows) : new Paragraph(t.noFindings),
          heading(t.sections.conclusion),
          ...model.conclusion.map(
            (p) => new Paragraph({ text: p, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }),
          ),
          new Paragraph({ children: [new PageBreak()] }),
          heading(t.sections.annex),
          ...annexParagraphs(model),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
