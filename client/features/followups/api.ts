/** Follow-up calls (the review and drafts come from their features' api modules), typed with the shared contract schemas (`shared/domain/followUp.ts`). */
import type { FollowUp, FollowUpItem, Verdict } from '../../../shared/domain/followUp'
import { api } from '../../api/client'

const enc = encodeURIComponent
const followUpsPath = (reviewId: string) => `/api/reviews/${enc(reviewId)}/follow-ups`

/** The follow-up pages' calls. */
export const followUpApi = {
  list: (reviewId: string, lang: string) =>
    api.get<FollowUp[]>(`${followUpsPath(reviewId)}?lang=${enc(lang)}`),
  get: (reviewId: string, id: string, lang: string) =>
    api.get<FollowUp>(`${followUpsPath(reviewId)}/${enc(id)}?lang=${enc(lang)}`),
  create: (reviewId: string, versionId: string, lang: string) =>
    api.post<FollowUp>(`${followUpsPath(reviewId)}?lang=${enc(lang)}`, { versionId }),
  verdict: (reviewId: string, id: string, findingId: string, verdict: Verdict, note?: string) =>
    api.patch<FollowUpItem>(`${followUpsPath(reviewId)}/${enc(id)}/items/${enc(findingId)}`, {
      verdict,
      ...(note === undefined ? {} : { note }),
    }),
}
