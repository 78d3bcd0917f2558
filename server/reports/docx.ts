/**
 * DOCX export with `docx` 9 in the official form: outgoing number and date, title, legal basis and
 * drafting body, the review, the summary with its notices, one block per finding (every field on the
 * page), the conclusion, a signature block naming the experts (or the group's members), page numbers,
 * and — when asked — the annotated draft as an annex with native Word comments.
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
  type Table,
  TextRun,
} from 'docx'
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  documentTitle,
  findingFields,
  findingTitle,
  formFields,
  reviewFields,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'
import { annexComments, annexParagraphs } from './docxAnnex.js'
import { countTable, fieldTable, PAGE, signatureTable } from './docxParts.js'

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 })

/** An empty paragraph after each table keeps Word from merging neighbouring tables into one. */
const spaced = (tables: Table[]) => tables.flatMap((x) => [x, new Paragraph('')])

/** The DOCX file as bytes. */
export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  const t = textOf(model)
  const summary: [string, string][] = summaryFields(model, t)
  const signHeading = model.scope.kind === 'group' ? t.signature.members : t.signature.experts

  const doc = new Document({
    creator: 'Shaffof',
    title: documentTitle(model),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    comments: { children: model.annex ? annexComments(model) : [] },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: 16838 },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
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
          ...spaced([fieldTable(formFields(model, t))]),
          heading(t.sections.review),
          ...spaced([fieldTable(reviewFields(model, t))]),
          heading(t.sections.summary),
          ...spaced([fieldTable(summary), ...summaryTables(model, t).map((x) => countTable(x.head, x.rows))]),
          ...model.notices.map(
            (n) =>
              new Paragraph({ children: [new TextRun({ text: n, italics: true })], spacing: { after: 120 } }),
          ),
          heading(t.sections.findings),
          ...(model.findings.length
            ? spaced(model.findings.map((f) => fieldTable(findingFields(f, t), findingTitle(f, t))))
            : [new Paragraph(t.noFindings)]),
          heading(t.sections.conclusion),
          ...model.conclusion.map(
            (p) => new Paragraph({ text: p, alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } }),
          ),
          ...(model.signatories.length
            ? [
                new Paragraph({
                  children: [new TextRun({ text: `${signHeading}:`, bold: true })],
                  spacing: { before: 360, after: 120 },
                }),
                signatureTable(model.signatories, t.signature.sign, t.form.blank),
              ]
            : []),
          ...(model.annex
            ? [
                new Paragraph({ children: [new PageBreak()] }),
                heading(t.sections.annex),
                ...annexParagraphs(model),
              ]
            : []),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
