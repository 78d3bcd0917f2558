import type { MethodologySummary } from '../../../shared/domain/methodology'
import type { ParticipantView, ReviewDetail } from '../../../shared/domain/review'

/** A review as the API returns it (declared once in shared/domain/review.ts). */
export type { ReviewDetail }

/** A participant of a review (`GET /api/reviews/:id/participants`), as shared/domain declares it. */
export type Participant = ParticipantView

export type { MethodologySummary }

/** The join URL a QR code points to. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}/join?code=${encodeURIComponent(code)}`
}
