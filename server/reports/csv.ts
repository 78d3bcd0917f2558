/**
 * CSV export (RFC 4180): one row per finding, CRLF line ends, a UTF-8 BOM so Excel reads the Cyrillic
 * and ʻ correctly. Cells that a spreadsheet would run as a formula are neutralised (OWASP CSV injection).
 */
import type { ReportModel } from '../../shared/reports/schema.js'
import { factorLine, proposalLine, responseLine, sourcesLine, textOf } from './common.js'

const FORMULA_START = /^[=+\-@\t\r]/

/** Quotes a cell when needed and defuses formula starts with a leading apostrophe. */
export function csvCell(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The CSV text, BOM included. Headers are in the report's language except the machine columns. */
export function writeCsv(model: ReportModel): string {
  const t = textOf(model)
  const c = t.columns
  const header = [
    c.number,
    c.unit,
    c.quote,
    c.factors,
    c.risk,
    c.rationale,
    c.proposal,
    c.sources,
    c.response,
    'finding_id',
    'unit_id',
    'start',
    'end',
    'factor_ids',
  ]
  const rows = model.findings.map((f) => [
    f.number,
    f.unitLabel,
    f.quote,
    factorLine(f, t),
    t.risk[f.risk],
    f.rationale,
    proposalLine(f, t),
    sourcesLine(f),
    responseLine(f, t),
    f.id,
    f.unitId,
    f.start,
    f.end,
    f.factors.map((x) => x.id).join(' '),
  ])
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
