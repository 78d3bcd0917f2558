/** Markdown export (CommonMark + GFM tables). User text is escaped so it cannot become markup. */
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  actFields,
  findingCells,
  findingHead,
  reviewFields,
  summaryFields,
  summaryTables,
  textOf,
} from './common.js'

/**
 * Escapes Markdown and inline-HTML metacharacters with backslashes (HTML ones as entities, since a
 * backslash does not stop `<` from opening a tag in every renderer) and flattens line breaks,
 * which would otherwise end a table row or start a block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
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
    `## ${m(t.sections.act)}`,
    fields(actFields(model, t)),
    `## ${m(t.sections.review)}`,
    fields(reviewFields(model, t)),
    `## ${m(t.sections.summary)}`,
    fields(summaryFields(model, t)),
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
    `## ${m(t.sections.annex)}`,
    ...model.units.map((u) => `**${m(u.label)}:** ${m(u.text)}`),
  ]
    .join('\n\n')
    .concat('\n')
}
