/**
 * The compare feature's API calls, one function per endpoint it reads or writes.
 */

import type { ReviewChecklists } from '../../../shared/domain/checklist'
import type { Finding } from '../../../shared/domain/finding'
import { api } from '../../api/client'
import type { Comparison, Methodology, Review } from './types'

const enc = encodeURIComponent

/** `GET /api/reviews/:id`. */
export const getReview = (reviewId: string) => api.get<Review>(`/api/reviews/${enc(reviewId)}`)

/** The draft at the review's version (the drafts feature's call). */
export { getDraftVersion } from '../drafts/api'

/** The review's methodology pack, or null when the server no longer lists it. */
export async function getPack(methodologyId: string): Promise<Methodology | null> {
  const packs = await api.get<Methodology[]>('/api/methodologies')
  return packs.find((p) => p.id === methodologyId) ?? null
}

/** `GET /api/reviews/:id/comparison`. */
export const getComparison = (reviewId: string) =>
  api.get<Comparison>(`/api/reviews/${enc(reviewId)}/comparison`)

/** One group's findings. */
export const getGroupFindings = (reviewId: string, groupId: string) =>
  api.get<Finding[]>(`/api/reviews/${enc(reviewId)}/groups/${enc(groupId)}/findings`)

/** The consolidated findings (with their sources). */
export const getConsolidatedFindings = (reviewId: string) =>
  api.get<Finding[]>(`/api/reviews/${enc(reviewId)}/consolidated/findings`)

/** Mark a group, the consolidated set, or nothing (null) as the reference answer. */
export const putReference = (reviewId: string, reference: string | null) =>
  api.put<Review>(`/api/reviews/${enc(reviewId)}/reference`, { reference })

export type { ReviewChecklists }

/** `GET /api/reviews/:id/consolidated/checklist`. */
export const getReviewChecklists = (reviewId: string) =>
  api.get<ReviewChecklists>(`/api/reviews/${enc(reviewId)}/consolidated/checklist`)
