/** Markdown export (CommonMark + GFM tables). User text is escaped so it cannot become markup. */
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  findingCells,
  findingHead,
  formFields,
  reviewFields,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'

/**
 * Escapes only what would turn user text into markup inside a line: emphasis, code, links, table
 * pipes, strike-through and raw HTML (`<` as an entity, since a backslash does not stop a tag in every
 * renderer; `&` only where it would start an entity). Line breaks are flattened, as they would end a
 * table row or start a block; a line-start marker (heading, quote, list) is escaped. Ordinary
 * punctuation — hyphens, dots, brackets — stays as written.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      // "](" would still read as a link target to a lenient renderer after an escaped "]".
      .replace(/\]\(/g, ']\\(')
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2')
  )
}

/** The Markdown document. */
export function writeMarkdown(model: ReportModel): string {
  const t = textOf(model)
  const m = escapeMarkdown
  const consolidated = model.scope.kind === 'consolidated'
  const table = (head: string[], rows: string[][]) =>
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => ' --- ').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n')
  const fields = (pairs: [string, string][]) => pairs.map(([k, v]) => `- **${m(k)}:** ${m(v)}`).join('\n')

  const head = findingHead(t, consolidated).map(m)
  const rows = model.findings.map((f) => findingCells(f, t, consolidated).map(m))

  return [
    `# ${m(model.title)}`,
    `*${m(model.scope.label)}*`,
    fields(formFields(model, t)),
    `## ${m(t.sections.review)}`,
    fields(reviewFields(model, t)),
    `## ${m(t.sections.summary)}`,
    fields(summaryFields(model, t)),
    ...model.notices.map((n) => `*${m(n)}*`),
    ...summaryTables(model, t).map(({ head, rows }) =>
      table(
        head.map(m),
        rows.map((r) => r.map(m)),
      ),
    ),
    `## ${m(t.sections.findings)}`,
    model.findings.length ? table(head, rows) : m(t.noFindings),
    `## ${m(t.sections.conclusion)}`,
    ...model.conclusion.map(m),
    ...(model.signatories.length
      ? [`**${m(model.scope.kind === 'group' ? t.signature.members : t.signature.experts)}:**`]
      : []),
    ...model.signatories.map((n) => `- ${m(n)} ${t.form.blank.replace(/_/g, '\\_')} ${m(t.signature.sign)}`),
    ...(model.annex ? [`## ${m(t.sections.annex)}`, ...model.units.map((u) => m(u.text))] : []),
  ]
    .join('\n\n')
    .concat('\n')
}
