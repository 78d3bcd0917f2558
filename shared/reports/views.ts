/**
 * Helpers for the facilitator's comparison views (issue 6): score against a reference, found by
 * all/some/one, factor counts per group and a per-article heat map. All pure.
 */
import type { Unit } from '../domain/draft.js'
import { cellUnits, markedCells, type PairScore, pairScore } from './agreement.js'
import { articleOfUnits } from './articles.js'
import { type FindingSpan, spansOverlap } from './spans.js'

/** A factor of a reference finding that a group did not tag on an overlapping span. */
export type MissedFactor = { referenceFindingId: string; unitId: string; factorId: string }

/** One group's score against the reference. */
export type ReferenceScore = PairScore & { groupId: string; missed: MissedFactor[] }

/**
 * Scores each group against a reference (a reference group's findings or the consolidated set):
 * precision/recall/F1 as in `pairwiseF1` with the group as g and the reference as h, plus, for each
 * reference finding, the factors the group has on no overlapping span. The reference group itself
 * (when `referenceId` names one) is skipped.
 */
export function scoreAgainstReference(input: {
  groupIds: readonly string[]
  findings: readonly FindingSpan[]
  reference: readonly FindingSpan[]
  referenceId?: string
}): ReferenceScore[] {
  return input.groupIds
    .filter((g) => g !== input.referenceId)
    .map((groupId) => {
      const own = input.findings.filter((f) => f.groupId === groupId)
      const missed: MissedFactor[] = []
      for (const r of input.reference) {
        const overlapping = own.filter((f) => spansOverlap(f, r))
        for (const factorId of r.factorIds) {
          if (!overlapping.some((f) => f.factorIds.includes(factorId))) {
            missed.push({ referenceFindingId: r.id, unitId: r.unitId, factorId })
          }
        }
      }
      return { groupId, ...pairScore(own, input.reference), missed }
    })
}

/** How widely a unit × factor cell was found. */
export type FoundLevel = 'all' | 'some' | 'one'

/** A cell at least one group marked. */
export type FoundCell = { unitId: string; factorId: string; groupIds: string[]; level: FoundLevel }

/**
 * Classifies the cells (non-blank unit × pack factor) the groups marked: by all groups, by some (two
 * or more but not all) or by one. With a reference, also lists the reference's cells no group found.
 * Cells come in unit order, then pack factor order.
 */
export function foundBy(input: {
  units: readonly Pick<Unit, 'id' | 'text'>[]
  factorIds: readonly string[]
  groupIds: readonly string[]
  findings: readonly FindingSpan[]
  reference?: readonly FindingSpan[]
}): {
  cells: FoundCell[]
  counts: Record<FoundLevel, number>
  missedByAll: { unitId: string; factorId: string }[]
} {
  const marked = markedCells(input.groupIds, input.findings)
  const referenceCells = new Set(
    (input.reference ?? []).flatMap((f) => f.factorIds.map((id) => `${f.unitId}|${id}`)),
  )
  const cells: FoundCell[] = []
  const missedByAll: { unitId: string; factorId: string }[] = []
  const counts: Record<FoundLevel, number> = { all: 0, some: 0, one: 0 }
  for (const unit of cellUnits(input.units)) {
    for (const factorId of input.factorIds) {
      const key = `${unit.id}|${factorId}`
      const groupIds = input.groupIds.filter((g) => marked.get(g)?.has(key))
      if (groupIds.length === 0) {
        if (referenceCells.has(key)) missedByAll.push({ unitId: unit.id, factorId })
        continue
      }
      const level: FoundLevel =
        groupIds.length === input.groupIds.length ? 'all' : groupIds.length === 1 ? 'one' : 'some'
      counts[level]++
      cells.push({ unitId: unit.id, factorId, groupIds, level })
    }
  }
  return { cells, counts, missedByAll }
}

/** How many findings a group tagged with each factor (every pack factor present, 0 included). */
export type GroupFactorCounts = {
  groupId: string
  findingCount: number
  untagged: number
  byFactor: Record<string, number>
}

/** Counts findings per group and factor; a finding with two factors counts once for each. */
export function factorsPerGroup(input: {
  factorIds: readonly string[]
  groupIds: readonly string[]
  findings: readonly FindingSpan[]
}): GroupFactorCounts[] {
  return input.groupIds.map((groupId) => {
    const own = input.findings.filter((f) => f.groupId === groupId)
    const byFactor: Record<string, number> = Object.fromEntries(input.factorIds.map((id) => [id, 0]))
    for (const f of own) for (const id of new Set(f.factorIds)) if (id in byFactor) byFactor[id]++
    return {
      groupId,
      findingCount: own.length,
      untagged: own.filter((f) => f.factorIds.length === 0).length,
      byFactor,
    }
  })
}

/** One article of the heat map. */
export type ArticleHeat = {
  articleId: string
  label: string
  groupIds: string[]
  groupCount: number
  findingCount: number
}

/**
 * Per article (units of kind `article` with all their descendant units): which of the review's groups
 * found risk there and how many findings they made. Every article is listed, in document order.
 */
export function heat(input: {
  units: readonly Pick<Unit, 'id' | 'kind' | 'label' | 'parentId'>[]
  groupIds: readonly string[]
  findings: readonly FindingSpan[]
}): ArticleHeat[] {
  const articleOf = articleOfUnits(input.units)
  const groups = new Map<string, Set<string>>()
  const counts = new Map<string, number>()
  const inReview = new Set(input.groupIds)
  for (const f of input.findings) {
    const articleId = articleOf.get(f.unitId)
    if (!articleId || !inReview.has(f.groupId)) continue
    if (!groups.has(articleId)) groups.set(articleId, new Set())
    groups.get(articleId)?.add(f.groupId)
    counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
  }
  return input.units
    .filter((u) => u.kind === 'article')
    .map((u) => {
      const found = groups.get(u.id) ?? new Set<string>()
      const groupIds = input.groupIds.filter((g) => found.has(g))
      return {
        articleId: u.id,
        label: u.label,
        groupIds,
        groupCount: groupIds.length,
        findingCount: counts.get(u.id) ?? 0,
      }
    })
}
