/**
 * The room's HTTP calls: the review, the review's methodology packs and the detector's suggestions
 * (the draft comes from the drafts feature's `getDraftVersion`). Typed by the shared shapes.
 */
import { api } from '../../api/client'
import type { Pack, RoomReview, Suggestion } from './types'

const enc = encodeURIComponent

/** Where the review lives (also kept for offline use). */
export const reviewPath = (reviewId: string) => `/api/reviews/${enc(reviewId)}`

/** `GET /api/reviews/:id`. */
export const getRoomReview = (reviewId: string) => api.get<RoomReview>(reviewPath(reviewId))

/** `GET /api/methodologies`; an empty list when the call fails (the room still works without names). */
export const listPacks = () => api.get<Pack[]>('/api/methodologies').catch(() => [] as Pack[])

/** What the suggestions are asked for: the draft's version, the pack, the language of explanations. */
export type SuggestionQuery = { draftId: string; versionId: string; methodologyId: string; lang: string }

/** `GET /api/drafts/:id/suggestions` (anything but a list counts as none). */
export const getSuggestions = (q: SuggestionQuery): Promise<Suggestion[]> => {
  const params = new URLSearchParams({ version: q.versionId, methodology: q.methodologyId, lang: q.lang })
  return api
    .get<Suggestion[]>(`/api/drafts/${enc(q.draftId)}/suggestions?${params}`)
    .then((list) => (Array.isArray(list) ? list : []))
}
