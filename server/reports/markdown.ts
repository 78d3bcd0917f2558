/** Markdown export (CommonMark + GFM tables). User text is escaped so it cannot become markup. */
import { reportDate } from '../../shared/reports/model.js'
import type { ReportModel } from '../../shared/reports/schema.js'
import { factorLine, proposalLine, responseLine, sourcesLine, textOf } from './common.js'

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
  const c = t.columns
  const s = model.summary
  const consolidated = model.scope.kind === 'consolidated'
  const table = (head: string[], rows: string[][]) =>
    [
      `| ${head.join(' | ')} |`,
      `|${head.map(() => ' --- ').join('|')}|`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n')
  const fields = (pairs: [string, string][]) => pairs.map(([k, v]) => `- **${m(k)}:** ${m(v)}`).join('\n')

  const head = [
    c.number,
    c.unit,
    c.quote,
    c.factors,
    c.risk,
    c.rationale,
    c.proposal,
    ...(consolidated ? [c.sources, c.response] : []),
  ].map(m)
  const rows = model.findings.map((f) => [
    String(f.number),
    m(f.unitLabel),
    `«${m(f.quote)}»`,
    m(factorLine(f, t)),
    m(t.risk[f.risk]),
    m(f.rationale),
    m(proposalLine(f, t)),
    ...(consolidated ? [m(sourcesLine(f)), m(responseLine(f, t))] : []),
  ])

  return [
    `# ${m(model.title)}`,
    `*${m(model.scope.label)}*`,
    `## ${m(t.sections.act)}`,
    fields([
      [t.fields.title, model.act.title],
      [t.fields.version, String(model.act.versionNumber ?? model.act.versionId)],
      [t.fields.language, t.languageName[model.act.language]],
      [t.fields.date, reportDate(model, model.act.date)],
    ]),
    `## ${m(t.sections.review)}`,
    fields([
      [t.fields.title, model.review.title],
      [t.fields.methodology, `${model.review.pack.title} ${model.review.pack.version}`],
      [t.fields.groups, model.review.groups.map((g) => g.name).join(', ')],
      [t.fields.experts, model.review.experts.join(', ')],
      [t.fields.date, reportDate(model, model.review.date)],
      [t.fields.generatedAt, reportDate(model, model.generatedAt)],
    ]),
    `## ${m(t.sections.summary)}`,
    fields([
      [t.summary.findings, String(s.findings)],
      [t.summary.articles, String(s.articles.total)],
      [t.summary.articlesChecked, String(s.articles.checked)],
      [t.summary.articlesWithFindings, String(s.articles.withFindings)],
      [t.summary.articlesUnreviewed, String(s.articles.unreviewed)],
      [t.summary.untagged, String(s.untagged)],
    ]),
    table(
      [m(t.summary.byRisk), m(t.summary.count)],
      (['high', 'medium', 'low'] as const).map((r) => [m(t.risk[r]), String(s.byRisk[r])]),
    ),
    table(
      [m(t.summary.byFactorGroup), m(t.summary.count)],
      s.byFactorGroup.map((g) => [m(g.name), String(g.count)]),
    ),
    table(
      [m(t.summary.byFactor), m(t.summary.count)],
      s.byFactor.map((f) => [m(f.name), String(f.count)]),
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
