/**
 * DOCX building blocks sized to the page: every table has fixed column widths (in twentieths of a
 * point) that sum to the text width, so Word never widens a column past the margin, and long tokens
 * wrap inside their cell. Line breaks in user text become separate lines.
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx'

/** A4 portrait: 11906 twips wide; margins left 1418 (2.5 cm) and right 851 (1.5 cm). */
export const PAGE = { width: 11906, left: 1418, right: 851, top: 1134, bottom: 1134 } as const
/** The text width every table spans. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right
/** The label column of the form and of each finding's block (4 cm). */
export const LABEL_COLUMN = 2268
/** The count column of the summary tables (2.5 cm). */
export const COUNT_COLUMN = 1418

/** Paragraphs for a text that may hold line breaks. */
export function lines(text: string, bold = false): Paragraph[] {
  return text
    .split(/\r\n?|\n/)
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }))
}

/** A cell of a fixed width, optionally shaded and spanning columns. */
function cell(text: string, width: number, opts: { bold?: boolean; shade?: boolean; span?: number } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: opts.span,
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EBF3' } : undefined,
    children: lines(text, opts.bold),
  })
}

/** A fixed-layout table whose columns sum to the text width. */
function fixedTable(widths: number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows,
  })
}

/** Label/value rows (form, review, a finding's fields). */
export function fieldTable(pairs: readonly [string, string][], title?: string): Table {
  const widths = [LABEL_COLUMN, TEXT_WIDTH - LABEL_COLUMN]
  const head = title
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [cell(title, TEXT_WIDTH, { bold: true, shade: true, span: 2 })],
        }),
      ]
    : []
  return fixedTable(widths, [
    ...head,
    ...pairs.map(
      ([label, value]) =>
        new TableRow({ children: [cell(label, widths[0], { bold: true }), cell(value, widths[1])] }),
    ),
  ])
}

/** A count table: a wide name column and a narrow count column, header repeated. */
export function countTable(head: readonly string[], rows: readonly string[][]): Table {
  const widths = [TEXT_WIDTH - COUNT_COLUMN, COUNT_COLUMN]
  return fixedTable(widths, [
    new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, widths[i], { bold: true })) }),
    ...rows.map((r) => new TableRow({ children: r.map((x, i) => cell(x, widths[i])) })),
  ])
}

/** The signature block: name, then a line to sign on. */
export function signatureTable(names: readonly string[], signLabel: string, blank: string): Table {
  const widths = [TEXT_WIDTH - 3402, 3402]
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: { style: 'none', size: 0, color: 'auto' },
      bottom: { style: 'none', size: 0, color: 'auto' },
      left: { style: 'none', size: 0, color: 'auto' },
      right: { style: 'none', size: 0, color: 'auto' },
      insideHorizontal: { style: 'none', size: 0, color: 'auto' },
      insideVertical: { style: 'none', size: 0, color: 'auto' },
    },
    rows: names.map(
      (name) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(name, widths[0]),
            new TableCell({
              width: { size: widths[1], type: WidthType.DXA },
              children: [
                new Paragraph({ children: [new TextRun(blank)] }),
                new Paragraph({ children: [new TextRun({ text: signLabel, size: 16 })] }),
              ],
            }),
          ],
        }),
    ),
  })
}
