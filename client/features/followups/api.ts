/** Follow-up and version-diff calls, typed with the shared contract schemas. */
import type { DraftView } from '../../../shared/domain/draft'
import type { FollowUp, FollowUpItem, Verdict, VersionDiff } from '../../../shared/domain/followUp'
import { api } from '../../api/client'

/** A draft at one version, with its version list (our extension of `GET /api/drafts/:id`). */
export type DraftWithVersions = DraftView & { versions?: { id: string; number: number; createdAt: string }[] }

/** The review fields these pages use. */
export type ReviewInfo = {
  id: string
  title: string
  draftId: string
  versionId: string
  consolidatedRoom: string
}

const enc = encodeURIComponent

export const followUpApi = {
  draft: (draftId: string, versionId?: string) =>
    api.get<DraftWithVersions>(`/api/drafts/${enc(draftId)}${versionId ? `?version=${enc(versionId)}` : ''}`),
  diff: (draftId: string, from: string, to: string) =>
    api.get<VersionDiff>(`/api/drafts/${enc(draftId)}/diff?from=${enc(from)}&to=${enc(to)}`),
  review: (reviewId: string) => api.get<ReviewInfo>(`/api/reviews/${enc(reviewId)}`),
  list: (reviewId: string, lang: string) =>
    api.get<FollowUp[]>(`/api/reviews/${enc(reviewId)}/follow-ups?lang=${enc(lang)}`),
  get: (reviewId: string, id: string, lang: string) =>
    api.get<FollowUp>(`/api/reviews/${enc(reviewId)}/follow-ups/${enc(id)}?lang=${enc(lang)}`),
  create: (reviewId: string, versionId: string, lang: string) =>
    api.post<FollowUp>(`/api/reviews/${enc(reviewId)}/follow-ups?lang=${enc(lang)}`, { versionId }),
  verdict: (reviewId: string, id: string, findingId: string, verdict: Verdict, note?: string) =>
    api.patch<FollowUpItem>(`/api/reviews/${enc(reviewId)}/follow-ups/${enc(id)}/items/${enc(findingId)}`, {
      verdict,
      ...(note === undefined ? {} : { note }),
    }),
}
