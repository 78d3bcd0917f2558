/**
 * Carrying a consolidated finding from the reviewed version to a later one (contract: Follow-up):
 * where its quote now stands, what replaced it, and whether the proposal's wording was adopted.
 */
import type { Unit } from '../domain/draft.js'
import type { UnitPair } from './align.js'
import { diffText, mapOffset, mapSpan } from './textDiff.js'

export type CarriedState = 'unchanged' | 'edited' | 'removed'

/** The part of a finding that is carried. */
export type CarriedFinding = { unitId: string; start: number; end: number; quote: string; proposal: string }

/** Where a finding stands in the new version. */
export type Carried = {
  state: CarriedState
  toUnitId: string | null
  toUnitLabel: string | null
  start: number | null
  end: number | null
  /** The new wording at `[start, end)` (the quote itself when unchanged); null when removed. */
  newText: string | null
  proposalAdopted: boolean
}

/** Letters and digits only, lower case: "compared without case, whitespace and punctuation". */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]|[ʻʼ]/gu, '')
}

/** Whether the proposal's wording stands in the text (false for an empty proposal). */
export function proposalStandsIn(proposal: string, text: string): boolean {
  const wanted = comparable(proposal)
  return wanted.length > 0 && comparable(text).includes(wanted)
}

/** The occurrence of `quote` in `text` nearest `near`, or -1. */
function nearestOccurrence(text: string, quote: string, near: number): number {
  let best = -1
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at
    if (at > near) break
  }
  return best
}

/** Pairs by old unit id, for carrying many findings over one alignment. */
export function pairsByOldUnit(pairs: readonly UnitPair[]): Map<string, UnitPair> {
  const out = new Map<string, UnitPair>()
  for (const p of pairs) if (p.fromUnitId) out.set(p.fromUnitId, p)
  return out
}

/** Carry one finding over the alignment of its version's units (`from`) to the new ones (`to`). */
export function carryFinding(
  finding: CarriedFinding,
  byOldUnit: ReadonlyMap<string, UnitPair>,
  fromUnits: ReadonlyMap<string, Unit>,
  toUnits: ReadonlyMap<string, Unit>,
): Carried {
  const p = byOldUnit.get(finding.unitId)
  const target = p?.toUnitId ? toUnits.get(p.toUnitId) : undefined
  if (!target) {
    return {
      state: 'removed',
      toUnitId: null,
      toUnitLabel: null,
      start: null,
      end: null,
      newText: null,
      proposalAdopted: false,
    }
  }
  const oldText = fromUnits.get(finding.unitId)?.text ?? ''
  const segments = diffText(oldText, target.text)
  const proposalAdopted = proposalStandsIn(finding.proposal, target.text)
  const at = nearestOccurrence(target.text, finding.quote, mapOffset(segments, finding.start))
  const base = { toUnitId: target.id, toUnitLabel: target.label, proposalAdopted }
  if (at >= 0) {
    const end = at + finding.quote.length
    return { ...base, state: 'unchanged', start: at, end, newText: finding.quote }
  }
  const span = mapSpan(segments, finding.start, finding.end)
  return { ...base, state: 'edited', ...span, newText: target.text.slice(span.start, span.end) }
}
