/**
 * Builds the settled blind set (CONVENTION.md, step 4): spans both coders marked are kept (A's quote),
 * every disagreement needs a decision, and kept decisions join the expected spans. Pure.
 */

import {
  agreementByLang,
  type Disagreement,
  disagreements,
  type PlacedMark,
  placeMarks,
  spanMatch,
} from './agreement.js'
import type { Adjudication, AgreementFile, CoderFile, Decision } from './blindFiles.js'
import type { EvalEntry, ExpectedSpan } from './sets.js'

/** A decision settles a disagreement when it names the same span (same place) and the same factor. */
const settles = (d: PlacedMark, m: PlacedMark) =>
  d.unitId === m.unitId && d.start === m.start && d.end === m.end && d.factorId === m.factorId

/** The result: the settled entries, or the disagreements no decision settles. */
export type BlindBuild = {
  entries: EvalEntry[]
  undecided: Disagreement[]
  agreement: AgreementFile
}

/** Places both coders' marks and the decisions, and assembles the settled set. */
export function buildBlindSet(
  entries: EvalEntry[],
  a: CoderFile,
  b: CoderFile,
  adjudication: Adjudication,
  factorIds: readonly string[],
): BlindBuild {
  const placedA = placeMarks(entries, a.marks, factorIds, `coder ${a.coder}`)
  const placedB = placeMarks(entries, b.marks, factorIds, `coder ${b.coder}`)
  const decisions = placeMarks(entries, adjudication.decisions, factorIds, 'adjudication')
  const keepOf = new Map(decisions.map((d, i) => [d, (adjudication.decisions[i] as Decision).keep]))
  const open = disagreements(placedA, placedB)
  const undecided = open.filter((x) => !decisions.some((d) => settles(d, x.mark)))
  const agreed = placedA.filter((m) => placedB.some((t) => spanMatch(m, t)))
  const kept: PlacedMark[] = []
  for (const m of [...agreed, ...decisions.filter((d) => keepOf.get(d))]) {
    if (!kept.some((k) => k.entryId === m.entryId && settles(k, m))) kept.push(m)
  }
  const expectedOf = (id: string): ExpectedSpan[] =>
    kept
      .filter((m) => m.entryId === id)
      .sort((x, y) => x.unitId.localeCompare(y.unitId, 'en', { numeric: true }) || x.start - y.start)
      .map((m) => ({
        quote: m.quote,
        factorId: m.factorId,
        ...(m.occurrence ? { occurrence: m.occurrence } : {}),
      }))
  return {
    entries: entries.map((e) => ({ ...e, expected: expectedOf(e.id) })),
    undecided,
    agreement: {
      coders: [a.coder, b.coder],
      byLang: agreementByLang(entries, placedA, placedB),
      disagreements: open.length,
      kept: kept.length,
    },
  }
}

/** A decision to copy into adjudication.json: `keep` and `reason` are left for the adjudicator. */
export function decisionStub(x: Disagreement) {
  const { entryId, quote, factorId, occurrence } = x.mark
  return {
    entryId,
    quote,
    factorId,
    ...(occurrence ? { occurrence } : {}),
    keep: null,
    reason: '',
  }
}

/** One line per disagreement for people: who marked what, and what the other coder has there. */
export function describeDisagreement(x: Disagreement, coders: [string, string]): string {
  const mine = x.coder === 'A' ? coders[0] : coders[1]
  const theirs = x.coder === 'A' ? coders[1] : coders[0]
  const there = x.other.length
    ? `${theirs} has ${x.other.map((o) => `${o.factorId} “${o.quote}”`).join(', ')}`
    : `${theirs} marked nothing there`
  return `${x.mark.entryId}: ${mine} marked ${x.mark.factorId} “${x.mark.quote}”; ${there}`
}
