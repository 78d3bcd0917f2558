import type { ReviewView } from '../../../shared/domain/review'

/** A review as the API returns it, with our extensions (docs/api-extensions.md). */
export type ReviewDetail = ReviewView & {
  locked?: string[]
  reference?: string | null
  createdAt?: string
  findingCounts?: Record<string, number>
}

/** A participant of a review (`GET /api/reviews/:id/participants`). */
export type Participant = { id: string; name: string; groupId: string }

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
