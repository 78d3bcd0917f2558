/**
 * Small helpers every writer shares: one-line renderings of a finding's fields in the report's
 * language, the split of a unit's text into segments by the findings that cover them (annex), and
 * the plain-text content of the report's sections, which each writer only lays out and escapes.
 */
import { type ReportText, reportText } from '../../shared/reports/i18n.js'
import { reportDate } from '../../shared/reports/model.js'
import type { ReportFinding, ReportModel } from '../../shared/reports/schema.js'

/** The wording catalogue of the model's language. */
export function textOf(model: Pick<ReportModel, 'lang'>): ReportText {
  return reportText(model.lang)
}

/** Factor names joined, or the "no factor" note for an untagged finding. */
export function factorLine(f: ReportFinding, t: ReportText): string {
  return f.factors.length ? f.factors.map((x) => x.name).join('; ') : t.noFactor
}

/** The proposal with its kind in front, e.g. "[delete] Delete the words …". */
export function proposalLine(f: ReportFinding, t: ReportText): string {
  const kind = f.proposal.kind ? t.proposalKind[f.proposal.kind] : ''
  if (!kind) return f.proposal.text
  return f.proposal.text ? `[${kind}] ${f.proposal.text}` : `[${kind}]`
}

/** The drafting body's response, e.g. "partly accepted: reason", or '' when none is recorded. */
export function responseLine(f: ReportFinding, t: ReportText): string {
  if (!f.response) return ''
  const status = t.response[f.response.status]
  return f.response.reason ? `${status}: ${f.response.reason}` : status
}

/** The consolidated finding's sources by group name, e.g. "Group A, Group B" (never internal ids). */
export function sourcesLine(f: ReportFinding): string {
  return [...new Set(f.sources.map((s) => s.groupName).filter((n) => n !== ''))].join(', ')
}

/** A stretch of unit text and the numbers of the findings covering it. */
export type Segment = { text: string; start: number; end: number; covering: number[] }

/** A boundary event inside a unit's text: findings that open and close there. */
export type Boundary = { at: number; opens: number[]; closes: number[] }

/**
 * Splits a unit's text at every finding boundary. Returns the segments in order and the boundaries
 * (where comment ranges open and close); overlapping and nested findings are both fine.
 */
export function segmentUnit(
  text: string,
  findings: readonly ReportFinding[],
): { segments: Segment[]; boundaries: Boundary[] } {
  const cuts = new Set([0, text.length])
  for (const f of findings) cuts.add(f.start).add(f.end)
  const points = [...cuts].sort((a, b) => a - b)
  const boundaries = points.map((at) => ({
    at,
    opens: findings.filter((f) => f.start === at).map((f) => f.number),
    closes: findings.filter((f) => f.end === at).map((f) => f.number),
  }))
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const covering = findings.filter((f) => f.start <= start && end <= f.end).map((f) => f.number)
    segments.push({ text: text.slice(start, end), start, end, covering })
  }
  return { segments, boundaries }
}

/** The model's findings grouped by unit id (document order kept). */
export function findingsByUnit(model: ReportModel): Map<string, ReportFinding[]> {
  const map = new Map<string, ReportFinding[]>()
  for (const f of model.findings) {
    const list = map.get(f.unitId)
    if (list) list.push(f)
    else map.set(f.unitId, [f])
  }
  return map
}

/** One labelled line of a report's field lists: [label, value], both plain text. */
export type FieldPair = [label: string, value: string]

/** A small two-column count table of the summary, plain text. */
export type CountTable = { head: string[]; rows: string[][] }

/** The review block: title, methodology, groups, the people who wrote it, and dates. */
export function reviewFields(model: ReportModel, t: ReportText): FieldPair[] {
  const people: FieldPair =
    model.scope.kind === 'group'
      ? [t.fields.members, model.review.members.join(', ')]
      : [t.fields.experts, model.review.experts.join(', ')]
  return [
    [t.fields.title, model.review.title],
    [t.fields.methodology, `${model.review.pack.title} ${model.review.pack.version}`],
    [t.fields.groups, model.review.groups.map((g) => g.name).join(', ')],
    people,
    [t.fields.date, reportDate(model, model.review.date)],
  ]
}

/**
 * The official form's header: legal basis, drafting body, the draft (title and version), and the
 * outgoing number and date. An empty field prints a blank line to fill in by hand.
 */
export function formFields(model: ReportModel, t: ReportText): FieldPair[] {
  const version = model.act.versionNumber ?? model.act.versionId
  return [
    [t.form.basis, model.form.basis],
    [t.form.draftingBody, model.form.draftingBody || t.form.blank],
    [t.sections.act, `«${model.act.title}», ${t.fields.version.toLowerCase()} ${version}`],
    [t.form.outgoingNumber, model.form.outgoingNumber || t.form.blank],
    [t.form.date, reportDate(model, model.generatedAt)],
  ]
}

/**
 * One finding as labelled fields, for the block layouts (PDF, DOCX): every field that has content, in
 * reading order. The number and the norm head the block and are not repeated here.
 */
export function findingFields(f: ReportFinding, t: ReportText): FieldPair[] {
  const c = t.columns
  const fields: FieldPair[] = [
    [c.quote, `«${f.quote}»`],
    [c.factors, factorLine(f, t)],
    [c.risk, t.risk[f.risk]],
    [c.rationale, f.rationale || '—'],
    [c.proposal, proposalLine(f, t) || '—'],
  ]
  const sources = sourcesLine(f)
  if (sources) fields.push([c.sources, sources])
  if (f.response) fields.push([c.response, responseLine(f, t)])
  return fields
}

/** The heading of a finding's block: "№ 3. Article 5, part 2". */
export function findingTitle(f: ReportFinding, t: ReportText): string {
  return `${t.columns.number} ${f.number}. ${f.unitLabel}`
}

/** The summary's headline counts. */
export function summaryFields(model: ReportModel, t: ReportText): FieldPair[] {
  const s = model.summary
  return [
    [t.summary.findings, String(s.findings)],
    [t.summary.articles, String(s.articles.total)],
    [t.summary.articlesChecked, String(s.articles.checked)],
    [t.summary.articlesWithFindings, String(s.articles.withFindings)],
    [t.summary.articlesUnreviewed, String(s.articles.unreviewed)],
    [t.summary.untagged, String(s.untagged)],
  ]
}

/** The summary's count tables, in report order: by risk, by factor group, by factor. */
export function summaryTables(model: ReportModel, t: ReportText): CountTable[] {
  const s = model.summary
  return [
    {
      head: [t.summary.byRisk, t.summary.count],
      rows: (['high', 'medium', 'low'] as const).map((r) => [t.risk[r], String(s.byRisk[r])]),
    },
    {
      head: [t.summary.byFactorGroup, t.summary.count],
      rows: s.byFactorGroup.map((g) => [g.name, String(g.count)]),
    },
    { head: [t.summary.byFactor, t.summary.count], rows: s.byFactor.map((f) => [f.name, String(f.count)]) },
  ]
}

/** The findings table's headers; a consolidated report adds sources and the drafting body's response. */
export function findingHead(t: ReportText, consolidated: boolean): string[] {
  const c = t.columns
  const extra = consolidated ? [c.sources, c.response] : []
  return [c.number, c.unit, c.quote, c.factors, c.risk, c.rationale, c.proposal, ...extra]
}

/** One finding's cells as plain text, in the order of `findingHead`; writers escape them. */
export function findingCells(f: ReportFinding, t: ReportText, consolidated: boolean): string[] {
  const extra = consolidated ? [sourcesLine(f), responseLine(f, t)] : []
  return [
    String(f.number),
    f.unitLabel,
    `«${f.quote}»`,
    factorLine(f, t),
    t.risk[f.risk],
    f.rationale,
    proposalLine(f, t),
    ...extra,
  ]
}

/** The document title shown in metadata: report title — draft title. */
export function documentTitle(model: ReportModel): string {
  return `${model.title} — ${model.act.title}`
}
