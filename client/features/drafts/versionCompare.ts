/**
 * The compare page's model (pure): the diff's pairs grouped article by article in the new version's
 * order, filtered by what happened to them, and the jump list of articles that changed.
 */
import type { Unit } from '../../../shared/domain/draft'
import type { DiffPair } from '../../../shared/domain/followUp'

export const COMPARE_FILTERS = ['changes', 'changed', 'added', 'removed', 'all'] as const
export type CompareFilter = (typeof COMPARE_FILTERS)[number]

/** One pair with its units. */
export type CompareRow = DiffPair & { from: Unit | null; to: Unit | null; kind: Unit['kind'] }

/** An article (or the text before the first one) with its rows. */
export type CompareSection = { key: string; label: string; rows: CompareRow[]; changes: number }

const HEADINGS = new Set<Unit['kind']>(['article', 'division', 'annex'])

/** Pairs with their units, grouped under the article or division they start. */
export function compareSections(
  pairs: readonly DiffPair[],
  from: readonly Unit[],
  to: readonly Unit[],
): CompareSection[] {
  const fromById = new Map(from.map((u) => [u.id, u]))
  const toById = new Map(to.map((u) => [u.id, u]))
  const sections: CompareSection[] = []
  let current: CompareSection | null = null
  pairs.forEach((p, i) => {
    const f = p.fromUnitId ? (fromById.get(p.fromUnitId) ?? null) : null
    const t = p.toUnitId ? (toById.get(p.toUnitId) ?? null) : null
    const kind = (t ?? f)?.kind ?? 'text'
    if (!current || HEADINGS.has(kind)) {
      current = { key: `s${i}`, label: p.toLabel ?? p.fromLabel ?? '', rows: [], changes: 0 }
      sections.push(current)
    }
    current.rows.push({ ...p, from: f, to: t, kind })
    if (p.op !== 'same') current.changes++
  })
  return sections
}

/** The sections and rows a filter shows. */
export function filterSections(sections: readonly CompareSection[], filter: CompareFilter): CompareSection[] {
  if (filter === 'all') return [...sections]
  if (filter === 'changes') return sections.filter((s) => s.changes > 0)
  return sections
    .map((s) => ({
      ...s,
      rows: s.rows.filter((r) => r.op === filter || (r === s.rows[0] && s.rows.some((x) => x.op === filter))),
    }))
    .filter((s) => s.rows.some((r) => r.op === filter))
}

/** How many pairs of each kind. */
export function countOps(pairs: readonly DiffPair[]): Record<DiffPair['op'], number> {
  const out = { same: 0, changed: 0, added: 0, removed: 0 }
  for (const p of pairs) out[p.op]++
  return out
}
