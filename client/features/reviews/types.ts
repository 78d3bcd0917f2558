import type { ParticipantView, ReviewView } from '../../../shared/domain/review'

/** A review as the API returns it (declared once in shared/domain/review.ts), plus finding counts. */
export type ReviewDetail = ReviewView & { findingCounts?: Record<string, number> }

/** A participant of a review (`GET /api/reviews/:id/participants`), as shared/domain declares it. */
export type Participant = ParticipantView

/** The contract's methodology item plus the pack's status extensions. */
export type MethodologySummary = {
  id: string
  title: string
  titles?: Record<string, string>
  version: string
  status?: 'official' | 'working'
  groups: { id: string; name: Record<string, string> }[]
  factors: { id: string; groupId: string; name: Record<string, string>; workingName?: boolean }[]
}

/** The join URL a QR code points to. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}/join?code=${encodeURIComponent(code)}`
}
