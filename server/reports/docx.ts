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
import { reportDate } from '../../shared/reports/model.js'
import type { ReportModel } from '../../shared/reports/schema.js'
import { factorLine, proposalLine, responseLine, sourcesLine, textOf } from './common.js'
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

const field = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })

/** The DOCX file as bytes. */
export async function writeDocx(model: ReportModel): Promise<Uint8Array> {
  const t = textOf(model)
  const c = t.columns
  const s = model.summary
  const consolidated = model.scope.kind === 'consolidated'
  const head = [
    c.number,
    c.unit,
    c.quote,
    c.factors,
    c.risk,
    c.rationale,
    c.proposal,
    ...(consolidated ? [c.sources, c.response] : []),
  ]
  const rows = model.findings.map((f) => [
    String(f.number),
    f.unitLabel,
    `«${f.quote}»`,
    factorLine(f, t),
    t.risk[f.risk],
    f.rationale,
    proposalLine(f, t),
    ...(consolidated ? [sourcesLine(f), responseLine(f, t)] : []),
  ])

  const doc = new Document({
    creator: 'Shaffof',
    title: `${model.title} — ${model.act.title}`,
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
          field(t.fields.title, model.act.title),
          field(t.fields.version, String(model.act.versionNumber ?? model.act.versionId)),
          field(t.fields.language, t.languageName[model.act.language]),
          field(t.fields.date, reportDate(model, model.act.date)),
          heading(t.sections.review),
          field(t.fields.title, model.review.title),
          field(t.fields.methodology, `${model.review.pack.title} ${model.review.pack.version}`),
          field(t.fields.groups, model.review.groups.map((g) => g.name).join(', ')),
          field(t.fields.experts, model.review.experts.join(', ')),
          field(t.fields.date, reportDate(model, model.review.date)),
          field(t.fields.generatedAt, reportDate(model, model.generatedAt)),
          heading(t.sections.summary),
          field(t.summary.findings, String(s.findings)),
          field(t.summary.articles, String(s.articles.total)),
          field(t.summary.articlesChecked, String(s.articles.checked)),
          field(t.summary.articlesWithFindings, String(s.articles.withFindings)),
          field(t.summary.articlesUnreviewed, String(s.articles.unreviewed)),
          field(t.summary.untagged, String(s.untagged)),
          table(
            [t.summary.byRisk, t.summary.count],
            (['high', 'medium', 'low'] as const).map((r) => [t.risk[r], String(s.byRisk[r])]),
          ),
          new Paragraph(''),
          table(
            [t.summary.byFactorGroup, t.summary.count],
            s.byFactorGroup.map((g) => [g.name, String(g.count)]),
          ),
          new Paragraph(''),
          table(
            [t.summary.byFactor, t.summary.count],
            s.byFactor.map((f) => [f.name, String(f.count)]),
          ),
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
