/**
 * `buildReport`: the pure step from review data to a printable report model (style rule 10).
 * Writers in `server/reports/` only lay the model out; every decision about content is made here.
 */
import { formNotices, formOf } from './form.js'
import { formatDate, reportText } from './i18n.js'
import type { ReportInput } from './input.js'
import type { ReportFactor, ReportFinding, ReportModel } from './schema.js'
import { documentOrder } from './spans.js'
import { summarise } from './summary.js'

export type { ReportInput, ReportPack } from './input.js'
export { type ReportModel, ReportModelSchema } from './schema.js'

/** Builds the report model for one group's findings or the consolidated set. */
export function buildReport(input: ReportInput): ReportModel {
  const { lang, draft, pack } = input
  const t = reportText(lang)
  const unitsById = new Map(draft.units.map((u) => [u.id, u]))
  const groupNames = new Map(input.review.groups.map((g) => [g.id, g.name]))
  const packGroups = new Map(pack.groups.map((g) => [g.id, g.name[lang]]))
  const factorsById = new Map<string, ReportFactor>(
    pack.factors.map((f) => [
      f.id,
      { id: f.id, name: f.name[lang], groupId: f.groupId, groupName: packGroups.get(f.groupId) ?? f.groupId },
    ]),
  )
  const kept = input.findings.filter((f) => input.includeRejected || f.status !== 'rejected')
  const sorted = [...kept].sort(documentOrder(draft.units.map((u) => u.id)))

  const findings: ReportFinding[] = sorted.map((f, i) => {
    const text = unitsById.get(f.unitId)?.text
    const end = text === undefined ? f.end : Math.min(f.end, text.length)
    const start = Math.min(f.start, end)
    return {
      number: i + 1,
      id: f.id,
      unitId: f.unitId,
      unitLabel: unitsById.get(f.unitId)?.label ?? f.unitLabel,
      start,
      end,
      quote: f.quote || (text ?? '').slice(start, end),
      // A factor the pack no longer has still prints (under its id) rather than vanishing silently.
      factors: f.factorIds.map((id) => factorsById.get(id) ?? { id, name: id, groupId: '', groupName: '' }),
      risk: f.risk,
      status: f.status,
      rationale: f.rationale,
      proposal: { kind: f.proposalKind ?? null, text: f.proposal },
      sources:
        input.scope.kind === 'consolidated'
          ? (f.sources ?? []).map((s) => ({
              groupId: s.groupId,
              // A group that is gone prints as nothing rather than as its internal id.
              groupName: groupNames.get(s.groupId) ?? '',
              findingId: s.findingId,
            }))
          : [],
      response: f.response ?? null,
    }
  })

  const summary = summarise(input, sorted)
  const version = String(draft.versionNumber ?? draft.versionId)
  return {
    schema: 'shaffof.report/1',
    lang,
    generatedAt: input.generatedAt,
    title: t.reportTitle,
    scope: {
      ...input.scope,
      label: input.scope.kind === 'group' ? t.scopeGroup(input.scope.name) : t.scopeConsolidated,
    },
    form: formOf(input),
    signatories: [...(input.scope.kind === 'group' ? (input.members ?? []) : input.review.experts)],
    notices: formNotices(input),
    annex: input.options?.annex ?? true,
    act: {
      title: draft.title,
      language: draft.language,
      versionId: draft.versionId,
      versionNumber: draft.versionNumber,
      date: draft.versionCreatedAt,
    },
    review: {
      title: input.review.title,
      date: input.review.createdAt,
      pack: { id: pack.id, title: pack.titles?.[lang] ?? pack.title, version: pack.version },
      groups: input.review.groups.map((g) => ({ id: g.id, name: g.name })),
      experts: [...input.review.experts],
      members: [...(input.members ?? [])],
    },
    summary,
    findings,
    conclusion: concludingParagraphs(input, summary, version),
    units: draft.units
      .filter((u) => u.text.trim() !== '')
      .map((u) => ({ id: u.id, kind: u.kind, label: u.label, parentId: u.parentId, text: u.text })),
  }
}

/** The templated concluding section, one string per paragraph. */
function concludingParagraphs(input: ReportInput, s: ReportModel['summary'], version: string): string[] {
  const t = reportText(input.lang).conclusion
  const groups = input.review.groups.map((g) => g.name).join(', ')
  const paragraphs = [
    input.scope.kind === 'group'
      ? t.byGroup(input.scope.name)
      : t.consolidated(groups, input.review.experts.join(', ')),
  ]
  const facts = {
    title: input.draft.title,
    version,
    findings: s.findings,
    articles: s.articles.total,
    articlesWithFindings: s.articles.withFindings,
    ...s.byRisk,
  }
  if (s.findings === 0) {
    paragraphs.push(t.none(facts))
  } else {
    // byFactor is in pack order, so on a tie the factor listed first in the methodology wins.
    const top = s.byFactor.reduce<(typeof s.byFactor)[number] | null>(
      (best, f) => (best && best.count >= f.count ? best : f),
      null,
    )
    paragraphs.push(top ? `${t.found(facts)} ${t.mostFrequent(top.name)}` : t.found(facts), t.recommendation)
  }
  if (s.articles.unreviewed > 0) paragraphs.push(t.unreviewed(s.articles.unreviewed))
  const { accepted, partly, rejected } = s.responses
  if (accepted + partly + rejected > 0) paragraphs.push(t.responses(accepted, partly, rejected))
  return paragraphs
}

/** The report's date line value, formatted for its language (writers share it). */
export function reportDate(model: Pick<ReportModel, 'lang'>, iso: string): string {
  return formatDate(model.lang, iso)
}
