/**
 * Experts writing the conclusion themselves: a finding no group marked, and a corrected span of an
 * existing one. The room's rules (`server/collab/invariants.ts`) keep a finding's span, quote and
 * sources fixed after creation, so a span is "adjusted" by creating the corrected finding (same
 * sources, factors, risk, texts and response) and soft-deleting the old one in the same transaction;
 * the audit trail keeps both, and a cluster decision that pointed at the old finding follows the new.
 */
import * as Y from 'yjs'
import type { Actor, NewFinding } from '../../../../shared/collab/roomDoc'
import {
  clusterDecisionsMap,
  createFinding,
  deleteFinding,
  findingsMap,
  readDecisions,
  updateFinding,
} from '../../../../shared/collab/roomDoc'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding, Risk } from '../../../../shared/domain/finding'
import { FINDING_LIMITS } from '../../../../shared/domain/finding'
import { CONSOLIDATED } from '../../../../shared/domain/review'

/** A span inside a unit's text, or why it is not one. */
export type SpanCheck = { ok: true; start: number; end: number } | { ok: false; reason: 'empty' | 'outside' }

/** Validate `[start, end)` against `unit`: non-empty, inside the text, and not only blanks. */
export function checkSpan(unit: Unit, start: number, end: number): SpanCheck {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > unit.text.length)
    return { ok: false, reason: 'outside' }
  if (end <= start || !unit.text.slice(start, end).trim()) return { ok: false, reason: 'empty' }
  if (end - start > FINDING_LIMITS.maxQuoteChars) return { ok: false, reason: 'outside' }
  return { ok: true, start, end }
}

/** Where a typed quote stands in the unit's text (the first occurrence), or null. */
export function locateQuote(unit: Unit, quote: string): { start: number; end: number } | null {
  const q = quote.trim()
  if (!q) return null
  const at = unit.text.indexOf(q)
  return at < 0 ? null : { start: at, end: at + q.length }
}

/** A fresh id for an expert-authored consolidated finding. */
export function authoredId(): string {
  return `cf-x${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`
}

/** The expert's input for a finding no group marked. */
export type AuthoredInput = {
  unit: Unit
  start: number
  end: number
  factorIds: string[]
  risk: Risk
  rationale: string
  proposal: string
}

/** Build a consolidated finding that cites no group: the quote is always cut from the unit text. */
export function buildAuthoredFinding(
  input: AuthoredInput,
  ctx: { id: string; author: Actor; now: string; articleId?: string | null },
): NewFinding {
  const { unit, start, end } = input
  return {
    id: ctx.id,
    groupId: CONSOLIDATED,
    unitId: unit.id,
    unitLabel: unit.label,
    start,
    end,
    quote: unit.text.slice(start, end),
    factorIds: [...new Set(input.factorIds)].slice(0, FINDING_LIMITS.maxFactors),
    risk: input.risk,
    status: 'agreed',
    rationale: input.rationale.trim().slice(0, FINDING_LIMITS.maxRationaleChars),
    proposal: input.proposal.trim().slice(0, FINDING_LIMITS.maxProposalChars),
    author: ctx.author,
    createdAt: ctx.now,
    sources: [],
    articleId: ctx.articleId ?? null,
  }
}

/** Replace `to`'s content by copies of `from`'s, keeping the rich text (paragraphs, marks). */
function copyFragment(from: unknown, to: unknown): void {
  if (!(from instanceof Y.XmlFragment) || !(to instanceof Y.XmlFragment)) return
  to.delete(0, to.length)
  to.insert(
    0,
    from.toArray().map((n) => n.clone() as Y.XmlElement | Y.XmlText),
  )
}

/**
 * Move `finding` to `[start, end)` of `unit` (checked by the caller with `checkSpan`): one transaction
 * that creates the corrected finding and soft-deletes the old one. Returns the new finding's id.
 */
export function adjustSpan(
  doc: Y.Doc,
  finding: Finding,
  unit: Unit,
  span: { start: number; end: number },
  ctx: { id: string; author: Actor; now: string; articleId?: string | null },
): string {
  const old = findingsMap(doc).get(finding.id)
  doc.transact(() => {
    createFinding(doc, {
      ...buildAuthoredFinding(
        {
          unit,
          start: span.start,
          end: span.end,
          factorIds: finding.factorIds,
          risk: finding.risk,
          rationale: finding.rationale,
          proposal: finding.proposal,
        },
        ctx,
      ),
      status: finding.status,
      proposalKind: finding.proposalKind,
      sources: finding.sources ?? [],
    })
    const fresh = findingsMap(doc).get(ctx.id)
    if (old instanceof Y.Map && fresh instanceof Y.Map) {
      copyFragment(old.get('rationale'), fresh.get('rationale'))
      copyFragment(old.get('proposal'), fresh.get('proposal'))
    }
    if (finding.response) updateFinding(doc, ctx.id, { response: finding.response }, ctx.author, ctx.now)
    deleteFinding(doc, finding.id, ctx.author, ctx.now)
    for (const [key, d] of readDecisions(doc)) {
      if (d.status === 'accepted' && d.findingId === finding.id)
        clusterDecisionsMap(doc).set(key, { ...d, findingId: ctx.id, by: ctx.author, at: ctx.now })
    }
  })
  return ctx.id
}
