/** Resolving a finding's span against the units of a review's version. */
import type { Unit } from '../../shared/domain/draft.js'
import { AppError, badRequest } from '../errors.js'

/** A requested span: offsets, a quote, or both. */
export type SpanRequest = { unitId: string; start?: number; end?: number; quote?: string }

/** A span checked against its unit. */
export type ResolvedSpan = { unit: Unit; start: number; end: number; quote: string; articleId: string | null }

/** The article a unit belongs to (itself when it is one); null for units outside any article. */
export function articleOf(units: readonly Unit[], unit: Unit): string | null {
  const byId = new Map(units.map((u) => [u.id, u]))
  let cur: Unit | undefined = unit
  for (let depth = 0; cur && depth < 20; depth++) {
    if (cur.kind === 'article') return cur.id
    cur = cur.parentId ? byId.get(cur.parentId) : undefined
  }
  return null
}

/**
 * Check offsets (0 ≤ start < end ≤ text.length) and that a quote given with them equals the slice;
 * with only a quote, take its first occurrence in the unit (422 when absent).
 */
export function resolveSpan(units: readonly Unit[], req: SpanRequest): ResolvedSpan {
  const unit = units.find((u) => u.id === req.unitId)
  if (!unit)
    throw badRequest(
      `Unit “${req.unitId}” is not part of this review's draft version.`,
      undefined,
      'unknown_unit',
    )
  let { start, end } = req
  if (start === undefined || end === undefined) {
    if (start !== undefined || end !== undefined)
      throw badRequest('Give both start and end, or neither.', undefined, 'invalid_span')
    if (!req.quote) throw badRequest('Give either start and end, or a quote.', undefined, 'invalid_span')
    const at = unit.text.indexOf(req.quote)
    if (at < 0)
      throw new AppError(422, 'quote_not_found', `The quote does not occur in ${unit.label || 'the unit'}.`)
    start = at
    end = at + req.quote.length
  }
  if (
    !(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start < end &&
      end <= unit.text.length
    )
  ) {
    throw badRequest(
      `The span ${start}–${end} is outside ${unit.label || 'the unit'} (0 ≤ start < end ≤ ${unit.text.length}).`,
      undefined,
      'invalid_span',
    )
  }
  const quote = unit.text.slice(start, end)
  if (req.quote !== undefined && req.quote !== quote) {
    throw badRequest('The quote does not match the text at start–end.', { expected: quote }, 'quote_mismatch')
  }
  return { unit, start, end, quote, articleId: articleOf(units, unit) }
}

/** Every factor id must belong to the review's pack. */
export function checkFactors(
  factorIds: readonly string[],
  packFactorIds: ReadonlySet<string>,
  packId: string,
): string[] {
  const unknown = factorIds.filter((id) => !packFactorIds.has(id))
  if (unknown.length) {
    throw badRequest(
      `Unknown factor${unknown.length > 1 ? 's' : ''} for methodology “${packId}”: ${unknown.join(', ')}.`,
      { unknown },
      'unknown_factor',
    )
  }
  return [...new Set(factorIds)]
}
