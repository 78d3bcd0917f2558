/**
 * Small view-model glue for the comparison page. The measures themselves (heat, found by, factors per
 * group, scores against a reference) are the reports engineer's pure helpers in `shared/reports/views`;
 * this file only shapes API data for them and for the panels.
 */
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding } from '../../../../shared/domain/finding'
import { articleOfUnits } from '../../../../shared/reports/articles'
import { documentOrder } from '../../../../shared/reports/spans'

/** Plain-words band of Krippendorff's alpha (his 0.667 / 0.8 thresholds for tentative / firm conclusions). */
export type AlphaBand = 'none' | 'high' | 'moderate' | 'low' | 'chance'

/** Which explanation fits an alpha value. */
export function alphaBand(alpha: number | null): AlphaBand {
  if (alpha === null || Number.isNaN(alpha)) return 'none'
  if (alpha >= 0.8) return 'high'
  if (alpha >= 0.667) return 'moderate'
  if (alpha > 0.2) return 'low'
  return 'chance'
}

/** The reference findings for a reference id (a group, or `consolidated`), or null when unset or unknown. */
export function referenceFindings(
  reference: string | null | undefined,
  findingsByGroup: Record<string, readonly Finding[]>,
  consolidated: readonly Finding[] | null,
): readonly Finding[] | null {
  if (!reference) return null
  if (reference === 'consolidated') return consolidated
  return findingsByGroup[reference] ?? null
}

/** Every group's findings in one list, in the review's group order. */
export function allFindings(
  groupIds: readonly string[],
  findingsByGroup: Record<string, readonly Finding[]>,
): Finding[] {
  return groupIds.flatMap((g) => findingsByGroup[g] ?? [])
}

/** Key for findings outside any article (preamble, annexes, closing text) in per-article views. */
export const OUTSIDE_ARTICLES = '__outside__'

/** Findings bucketed by `articleId|groupId` in document order; units outside articles go under `OUTSIDE_ARTICLES`. */
export function findingsByArticle(
  units: readonly Unit[],
  findings: readonly Finding[],
): Map<string, Finding[]> {
  const articleOf = articleOfUnits(units)
  const out = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = `${articleOf.get(f.unitId) ?? OUTSIDE_ARTICLES}|${f.groupId}`
    const list = out.get(key)
    if (list) list.push(f)
    else out.set(key, [f])
  }
  const order = documentOrder(units.map((u) => u.id))
  for (const list of out.values()) list.sort(order)
  return out
}

/** The article a unit sits in, or the unit itself when it is outside articles (for scrolling to it). */
export function articleFor(units: readonly Unit[]): (unitId: string) => string {
  const articleOf = articleOfUnits(units)
  return (unitId) => articleOf.get(unitId) ?? OUTSIDE_ARTICLES
}
