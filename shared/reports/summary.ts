/** The report's summary counts: risks, factors, factor groups, articles checked and answers. */
import type { Finding } from '../domain/finding.js'
import { basicNorms, normOfUnits } from '../domain/norms.js'
import type { ReportInput } from './input.js'
import type { ReportModel } from './schema.js'

/** Counts for the summary section; articles come from the checklist plus the findings themselves. */
export function summarise(input: ReportInput, findings: readonly Finding[]): ReportModel['summary'] {
  const { lang, pack } = input
  const byRisk = { high: 0, medium: 0, low: 0 }
  const responses = { accepted: 0, partly: 0, rejected: 0 }
  const factorCounts = new Map<string, number>()
  const groupCounts = new Map<string, number>()
  const groupOf = new Map(pack.factors.map((f) => [f.id, f.groupId]))
  for (const f of findings) {
    byRisk[f.risk]++
    if (f.response) responses[f.response.status]++
    for (const id of new Set(f.factorIds)) factorCounts.set(id, (factorCounts.get(id) ?? 0) + 1)
    // A finding counts once per factor group even when it names two factors of that group.
    for (const g of new Set(f.factorIds.map((id) => groupOf.get(id)).filter((g) => g !== undefined))) {
      groupCounts.set(g, (groupCounts.get(g) ?? 0) + 1)
    }
  }
  // The checklist's units are the act's basic norms: articles, or top-level points where there are none.
  const articleOf = normOfUnits(input.draft.units)
  const articleIds = basicNorms(input.draft.units).map((u) => u.id)
  const withFindingsSet = new Set(findings.map((f) => articleOf.get(f.unitId)).filter((a) => a != null))
  const withFindings = articleIds.filter((id) => withFindingsSet.has(id) || input.checklist[id] === 'found')
  // Having a finding means the article was looked at, whatever the checklist says.
  const checked = articleIds.filter((id) => withFindings.includes(id) || input.checklist[id] === 'none')
  return {
    findings: findings.length,
    rejectedOmitted: input.includeRejected ? 0 : input.findings.filter((f) => f.status === 'rejected').length,
    untagged: findings.filter((f) => f.factorIds.length === 0).length,
    byRisk,
    byFactorGroup: pack.groups.map((g) => ({
      id: g.id,
      name: g.name[lang],
      count: groupCounts.get(g.id) ?? 0,
    })),
    byFactor: pack.factors
      .filter((f) => factorCounts.has(f.id))
      .map((f) => ({ id: f.id, groupId: f.groupId, name: f.name[lang], count: factorCounts.get(f.id) ?? 0 })),
    articles: {
      total: articleIds.length,
      checked: checked.length,
      withFindings: withFindings.length,
      unreviewed: articleIds.length - checked.length,
    },
    responses,
  }
}
