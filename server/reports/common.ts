/**
 * Small helpers every writer shares: one-line renderings of a finding's fields in the report's
 * language, and the split of a unit's text into segments by the findings that cover them (annex).
 */
import { type ReportText, reportText } from '../../shared/reports/i18n.js'
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

/** The consolidated finding's sources, e.g. "Group A (f1), Group B (f7)". */
export function sourcesLine(f: ReportFinding): string {
  return f.sources.map((s) => `${s.groupName} (${s.findingId})`).join(', ')
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
