/**
 * Turning a comparison cluster into one consolidated finding: pure, so the rules (span, factors, risk,
 * which rationale and proposal) are tested with plain data and the UI only passes the expert's choices.
 */
import type { NewFinding } from '../../../../shared/collab/roomDoc'
import { clusterKey } from '../../../../shared/collab/roomDoc'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding, Risk } from '../../../../shared/domain/finding'
import { CONSOLIDATED } from '../../../../shared/domain/review'
import type { Cluster } from '../types'

/** Which text to keep: one source finding's text, or all distinct texts merged. */
export type TextChoice = { kind: 'merge' } | { kind: 'from'; findingId: string }

/** The expert's choices when accepting a cluster. */
export type MergeChoice = { rationale: TextChoice; proposal: TextChoice; factorIds?: string[] }

const RISK_ORDER: Record<Risk, number> = { low: 0, medium: 1, high: 2 }

/** Factor ids of all findings, each once, in order of first appearance. */
export function mergeFactors(findings: readonly Finding[]): string[] {
  const out: string[] = []
  for (const f of findings) for (const id of f.factorIds) if (!out.includes(id)) out.push(id)
  return out
}

/** The highest risk any source gave; a merged finding is as serious as its most serious source. */
export function highestRisk(findings: readonly Finding[]): Risk {
  let best: Risk = 'low'
  for (const f of findings) if (RISK_ORDER[f.risk] > RISK_ORDER[best]) best = f.risk
  return best
}

/** Distinct non-blank texts, one paragraph each, in source order. */
export function mergeTexts(texts: readonly string[]): string {
  const seen: string[] = []
  for (const t of texts) {
    const s = t.trim()
    if (s && !seen.includes(s)) seen.push(s)
  }
  return seen.join('\n')
}

function chooseText(
  findings: readonly Finding[],
  choice: TextChoice,
  field: 'rationale' | 'proposal',
): string {
  if (choice.kind === 'from') return findings.find((f) => f.id === choice.findingId)?.[field] ?? ''
  return mergeTexts(findings.map((f) => f[field]))
}

/**
 * A short id derived from the cluster key (FNV-1a, two 32-bit lanes), so two experts accepting the same
 * cluster at once write the same map entry instead of two duplicate findings.
 */
export function consolidatedIdFor(key: string): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ key.length
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995) >>> 0
  }
  return `cf-${a.toString(36)}${b.toString(36)}`
}

/** The source findings of a cluster that we have loaded, in the cluster's order. */
export function clusterFindings(cluster: Cluster, byId: ReadonlyMap<string, Finding>): Finding[] {
  return cluster.findingIds.map((id) => byId.get(id)).filter((f): f is Finding => !!f)
}

/**
 * Build the consolidated finding for an accepted cluster: the cluster's span (quote cut from the unit
 * text when we have it), merged or chosen factors, the highest risk, the chosen texts, and the sources.
 */
export function buildConsolidatedFinding(args: {
  cluster: Cluster
  findings: readonly Finding[]
  unit?: Unit
  articleId?: string | null
  choice: MergeChoice
  author: { id: string; name: string }
  now: string
}): NewFinding {
  const { cluster, findings, unit, choice } = args
  if (!findings.length) throw new Error('A cluster needs at least one loaded finding to be accepted.')
  const start = Math.min(...findings.map((f) => f.start))
  const end = Math.max(...findings.map((f) => f.end))
  const longest = findings.reduce((a, f) => (f.quote.length > a.length ? f.quote : a), '')
  const quote = unit && end <= unit.text.length ? unit.text.slice(start, end) : longest
  const first = findings[0] as Finding
  return {
    id: consolidatedIdFor(clusterKey(cluster.findingIds)),
    groupId: CONSOLIDATED,
    unitId: cluster.unitId,
    unitLabel: unit?.label ?? first.unitLabel,
    start,
    end,
    quote,
    factorIds: choice.factorIds ?? mergeFactors(findings),
    risk: highestRisk(findings),
    status: 'agreed',
    rationale: chooseText(findings, choice.rationale, 'rationale'),
    proposal: chooseText(findings, choice.proposal, 'proposal'),
    proposalKind: findings.find((f) => f.proposalKind)?.proposalKind,
    author: args.author,
    createdAt: args.now,
    sources: findings.map((f) => ({ groupId: f.groupId, findingId: f.id })),
    articleId: args.articleId ?? null,
  }
}
