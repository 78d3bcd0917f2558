/** Shapes the room reads from the API (contract + extensions), as the client sees them. */

import type { MethodologySummary } from '../../../shared/domain/methodology'
import type { ReviewView } from '../../../shared/domain/review'
import type { SuggestionView } from '../../../shared/domain/suggestion'

/** `GET /api/reviews/:id` (the shape is declared once, in shared/domain/review.ts). */
export type RoomReview = ReviewView

/**
 * A methodology pack as `GET /api/methodologies` lists it: the summary declared in shared/domain (no
 * checklist questions, examples or verification notes; `workingName` says which names are ours).
 */
export type Pack = MethodologySummary

/** A detector suggestion (`GET /api/drafts/:id/suggestions`, declared once in shared/domain). */
export type Suggestion = SuggestionView

/** The key a dismissed suggestion is stored under in the room's `dismissed` map. */
export function suggestionKey(s: Pick<Suggestion, 'unitId' | 'start' | 'end' | 'factorId'>): string {
  return `${s.unitId}:${s.start}:${s.end}:${s.factorId}`
}
