/** Ordering and filtering of the side panel's findings (pure, tested). */
import type { FindingSummary } from '../../collab/findingsStore'
import type { DraftIndex } from '../../editor/draftIndex'

/** The panel's filters; empty string means "any". */
export type FindingFilter = { factorId: string; status: string; authorId: string; risk: string }

/** No filter at all. */
export const NO_FILTER: FindingFilter = { factorId: '', status: '', authorId: '', risk: '' }

/** Findings in document order: unit order, then start, end, creation. Unknown units go last. */
export function inDocumentOrder(findings: readonly FindingSummary[], index: DraftIndex): FindingSummary[] {
  const pos = (f: FindingSummary) => index.order.get(f.unitId) ?? Number.MAX_SAFE_INTEGER
  return [...findings].sort(
    (a, b) =>
      pos(a) - pos(b) ||
      a.start - b.start ||
      a.end - b.end ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  )
}

/** Apply the panel's filters. */
export function applyFilter(findings: readonly FindingSummary[], filter: FindingFilter): FindingSummary[] {
  return findings.filter(
    (f) =>
      (!filter.factorId ||
        (filter.factorId === '-' ? f.factorIds.length === 0 : f.factorIds.includes(filter.factorId))) &&
      (!filter.status || f.status === filter.status) &&
      (!filter.authorId || f.author.id === filter.authorId) &&
      (!filter.risk || f.risk === filter.risk),
  )
}

/** Distinct authors of the findings, by name. */
export function authorsOf(findings: readonly FindingSummary[]): Array<{ id: string; name: string }> {
  const byId = new Map<string, string>()
  for (const f of findings) if (f.author.id) byId.set(f.author.id, f.author.name)
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
}
