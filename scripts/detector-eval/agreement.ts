/**
 * Agreement of two coders on the blind set (CONVENTION.md, step 3): span F1 of A's spans against B's
 * (same unit, overlap, same factor; and with any factor) and Cohen's kappa on "this norm has a risk".
 * Pure: the scripts read the files and print or write what these return.
 */
import { pairScore } from '../../shared/reports/agreement.js'
import type { FindingSpan } from '../../shared/reports/spans.js'
import type { CoderMark, LangAgreement } from './blindFiles.js'
import { overlapsSpan } from './scoring.js'
import { type EvalEntry, excerptUnits, type Located, locate, norms } from './sets.js'

/** A coder's mark placed in its entry's units. */
export type PlacedMark = Located & {
  entryId: string
  lang: string
  quote: string
  factorId: string
  occurrence: number
  reason?: string
}

/**
 * Places every mark in its entry. Throws one error listing every mark whose entry is unknown, whose
 * quote is not in the entry's text (naming entry and quote), or whose factor is not in the pack.
 */
export function placeMarks(
  entries: EvalEntry[],
  marks: readonly CoderMark[],
  factorIds: readonly string[],
  source: string,
): PlacedMark[] {
  const byId = new Map(entries.map((e) => [e.id, { entry: e, units: excerptUnits(e) }]))
  const problems: string[] = []
  const placed: PlacedMark[] = []
  for (const m of marks) {
    const found = byId.get(m.entryId)
    const occurrence = m.occurrence ?? 0
    if (!found) {
      problems.push(`entry ${m.entryId}: no such entry (quote “${m.quote}”)`)
      continue
    }
    if (!factorIds.includes(m.factorId)) problems.push(`entry ${m.entryId}: unknown factor ${m.factorId}`)
    try {
      const at = locate(found.units, m.quote, occurrence)
      placed.push({
        ...at,
        entryId: m.entryId,
        lang: found.entry.lang,
        quote: m.quote,
        factorId: m.factorId,
        occurrence,
        reason: m.reason,
      })
    } catch {
      problems.push(
        `entry ${m.entryId}: quote not found${occurrence ? ` (occurrence ${occurrence})` : ''}: “${m.quote}”`,
      )
    }
  }
  if (problems.length)
    throw new Error(
      `${source}: ${problems.length} bad mark(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  return placed
}

/** Same unit, overlapping, and (unless `anyFactor`) the same factor: the convention's span match. */
export function spanMatch(a: PlacedMark, b: PlacedMark, anyFactor = false): boolean {
  return overlapsSpan(a, b) && (anyFactor || a.factorId === b.factorId)
}

/** F1 of A's spans against B's (precision: A's matched in B; recall: B's matched in A); null if both empty. */
export function spanF1(a: PlacedMark[], b: PlacedMark[], anyFactor = false): number | null {
  const asFinding = (m: PlacedMark, i: number, groupId: string): FindingSpan => ({
    id: `${groupId}${i}`,
    groupId,
    unitId: m.unitId,
    start: m.start,
    end: m.end,
    factorIds: [anyFactor ? '*' : m.factorId],
  })
  return pairScore(
    a.map((m, i) => asFinding(m, i, 'a')),
    b.map((m, i) => asFinding(m, i, 'b')),
  ).f1
}

/** Cohen's kappa of two binary codings; null when chance agreement is 1 (every item coded alike by both). */
export function cohensKappa(pairs: readonly [boolean, boolean][]): {
  kappa: number | null
  observed: number | null
} {
  const n = pairs.length
  if (n === 0) return { kappa: null, observed: null }
  const observed = pairs.filter(([x, y]) => x === y).length / n
  const pa = pairs.filter(([x]) => x).length / n
  const pb = pairs.filter(([, y]) => y).length / n
  const expected = pa * pb + (1 - pa) * (1 - pb)
  return { kappa: expected === 1 ? null : (observed - expected) / (1 - expected), observed }
}

/** A span one coder marked that the other has not (same unit, overlap, same factor). */
export type Disagreement = {
  coder: 'A' | 'B'
  mark: PlacedMark
  /** The other coder's spans overlapping it (another factor), for the adjudicator. */
  other: PlacedMark[]
}

/** Every disagreement, A's first, in the order of the files. */
export function disagreements(a: PlacedMark[], b: PlacedMark[]): Disagreement[] {
  const side = (coder: 'A' | 'B', mine: PlacedMark[], theirs: PlacedMark[]) =>
    mine
      .filter((m) => !theirs.some((t) => spanMatch(m, t)))
      .map((mark) => ({ coder, mark, other: theirs.filter((t) => overlapsSpan(mark, t)) }))
  return [...side('A', a, b), ...side('B', b, a)]
}

/** Per language: spans per coder, span F1 (same factor and any factor) and norm-level kappa. */
export function agreementByLang(
  entries: EvalEntry[],
  a: PlacedMark[],
  b: PlacedMark[],
): Record<string, LangAgreement> {
  const out: Record<string, LangAgreement> = {}
  for (const lang of [...new Set(entries.map((e) => e.lang))]) {
    const la = a.filter((m) => m.lang === lang)
    const lb = b.filter((m) => m.lang === lang)
    const withA = new Set(la.map((m) => m.unitId))
    const withB = new Set(lb.map((m) => m.unitId))
    const units = entries.filter((e) => e.lang === lang).flatMap((e) => norms(excerptUnits(e)))
    const { kappa, observed } = cohensKappa(units.map((u) => [withA.has(u.id), withB.has(u.id)]))
    out[lang] = {
      norms: units.length,
      spansA: la.length,
      spansB: lb.length,
      f1: spanF1(la, lb),
      f1Any: spanF1(la, lb, true),
      kappa,
      observed,
    }
  }
  return out
}
