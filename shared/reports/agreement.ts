/**
 * Inter-group agreement for `GET /api/reviews/:id/comparison` (contract: Reviews, comparison).
 * Pure: the route loads units, the pack's factor ids, the review's groups and their findings, and
 * returns `compareGroups(...)` as the body unchanged.
 */
import type { Unit } from '../domain/draft.js'
import { krippendorffAlphaNominal } from './alpha.js'
import { type Cluster, clusterFindings } from './clusters.js'
import { type FindingSpan, findingsMatch, sortedUnique } from './spans.js'

export type { Cluster } from './clusters.js'
export type { FindingSpan } from './spans.js'

/** What the comparison needs; a full `Unit` and `Finding` fit. */
export type ComparisonInput = {
  units: readonly Pick<Unit, 'id' | 'label' | 'text'>[]
  /** The pack's factor ids (one column of cells each). */
  factorIds: readonly string[]
  /** The review's groups, in the review's order (coders, and the order of pairwise keys). */
  groupIds: readonly string[]
  /** Findings of the review's groups; findings of other groups only join clusters. */
  findings: readonly FindingSpan[]
}

/** One non-blank unit with the factors each group found in it. */
export type ComparisonUnit = { unitId: string; label: string; byGroup: Record<string, string[]> }

/** The contract body of the comparison endpoint. */
export type Comparison = {
  groups: string[]
  agreement: { alpha: number | null; pairwiseF1: Record<string, number | null> }
  units: ComparisonUnit[]
  clusters: Cluster[]
}

/** Precision, recall and F1 of g against h under the contract's finding match. */
export type PairScore = { precision: number | null; recall: number | null; f1: number | null }

/**
 * Scores g's findings against h's: P = share of g's findings matched in h, R = share of h's matched in
 * g. F1 is 0 when P+R is 0 or exactly one side is empty, and null when both are empty.
 */
export function pairScore(g: readonly FindingSpan[], h: readonly FindingSpan[]): PairScore {
  if (g.length === 0 && h.length === 0) return { precision: null, recall: null, f1: null }
  if (g.length === 0 || h.length === 0) {
    return { precision: g.length ? 0 : null, recall: h.length ? 0 : null, f1: 0 }
  }
  const matchedIn = (from: readonly FindingSpan[], to: readonly FindingSpan[]) =>
    from.filter((a) => to.some((b) => findingsMatch(a, b))).length / from.length
  const precision = matchedIn(g, h)
  const recall = matchedIn(h, g)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** The unit × factor cells: non-blank units of the version times the pack's factors. */
export function cellUnits<U extends Pick<Unit, 'id' | 'text'>>(units: readonly U[]): U[] {
  return units.filter((u) => u.text.trim() !== '')
}

/** For each group, the set of `unitId|factorId` cells where it has a finding with that factor. */
export function markedCells(
  groupIds: readonly string[],
  findings: readonly FindingSpan[],
): Map<string, Set<string>> {
  const marked = new Map(groupIds.map((g) => [g, new Set<string>()]))
  for (const f of findings) {
    const cells = marked.get(f.groupId)
    if (cells) for (const factorId of f.factorIds) cells.add(`${f.unitId}|${factorId}`)
  }
  return marked
}

/** Builds the comparison body: alpha over the cells, pairwise F1, per-unit factors and clusters. */
export function compareGroups(input: ComparisonInput): Comparison {
  const groups = [...new Set(input.groupIds)]
  const factorIds = [...new Set(input.factorIds)]
  const units = cellUnits(input.units)
  const marked = markedCells(groups, input.findings)
  const groupSets = groups.map((g) => marked.get(g) as Set<string>)

  const cells: number[][] = []
  for (const unit of units) {
    for (const factorId of factorIds) {
      const key = `${unit.id}|${factorId}`
      cells.push(groupSets.map((set) => (set.has(key) ? 1 : 0)))
    }
  }
  const alpha = groups.length < 2 ? null : krippendorffAlphaNominal(cells)

  const byGroupFindings = new Map(groups.map((g) => [g, [] as FindingSpan[]]))
  for (const f of input.findings) byGroupFindings.get(f.groupId)?.push(f)
  const pairwiseF1: Record<string, number | null> = {}
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const score = pairScore(byGroupFindings.get(groups[i]) ?? [], byGroupFindings.get(groups[j]) ?? [])
      pairwiseF1[`${groups[i]}|${groups[j]}`] = score.f1
    }
  }

  // byGroup shows exactly the cells alpha counts, so factors outside the pack are left out here too.
  const comparisonUnits = units.map((unit) => {
    const byGroup: Record<string, string[]> = {}
    groups.forEach((g, i) => {
      byGroup[g] = sortedUnique(factorIds.filter((f) => groupSets[i].has(`${unit.id}|${f}`)))
    })
    return { unitId: unit.id, label: unit.label, byGroup }
  })

  return {
    groups,
    agreement: { alpha, pairwiseF1 },
    units: comparisonUnits,
    clusters: clusterFindings(
      input.findings,
      input.units.map((u) => u.id),
    ),
  }
}
