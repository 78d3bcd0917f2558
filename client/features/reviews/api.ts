/**
 * The reviews feature's HTTP calls (list, create, the facilitator console's phase, locks, join code and
 * participants), typed by the shared review shapes (`shared/domain/review.ts`).
 */
import type { ClientConfig } from '../../../shared/domain/account'
import type { Phase, ReviewView } from '../../../shared/domain/review'
import { api } from '../../api/client'
import { archivedQuery } from '../../components/ShowArchivedToggle'
import type { MethodologySummary, Participant, ReviewDetail } from './types'

const enc = encodeURIComponent
const reviewPath = (reviewId: string) => `/api/reviews/${enc(reviewId)}`

/** What `POST /api/reviews` takes. */
export type NewReviewInput = {
  title: string
  draftId: string
  versionId?: string
  methodologyId?: string
  groups: string[]
}

/** What the facilitator can do with the join code. */
export type JoinCodeAction = 'regenerate' | 'disable' | 'enable'

/** `GET /api/reviews` (with archived ones when asked). */
export const listReviews = (archived = false) =>
  api.get<ReviewDetail[]>(`/api/reviews${archivedQuery(archived)}`)

/** `GET /api/reviews/:id`. */
export const getReview = (reviewId: string) => api.get<ReviewDetail>(reviewPath(reviewId))

/** `POST /api/reviews`. */
export const createReview = (input: NewReviewInput) => api.post<ReviewView>('/api/reviews', input)

/** `GET /api/methodologies`: the packs a review can follow. */
export const listMethodologies = () => api.get<MethodologySummary[]>('/api/methodologies')

/** `PUT /api/reviews/:id/phase`. */
export const putPhase = (reviewId: string, phase: Phase) =>
  api.put<ReviewDetail>(`${reviewPath(reviewId)}/phase`, { phase })

/** `PUT /api/reviews/:id/groups/:groupId/lock`. */
export const putGroupLock = (reviewId: string, groupId: string, locked: boolean) =>
  api.put<ReviewDetail>(`${reviewPath(reviewId)}/groups/${enc(groupId)}/lock`, { locked })

/** `PUT /api/reviews/:id/join-code`. */
export const putJoinCode = (reviewId: string, action: JoinCodeAction) =>
  api.put<ReviewDetail>(`${reviewPath(reviewId)}/join-code`, { action })

/** `GET /api/reviews/:id/participants` (managers only). */
export const listParticipants = (reviewId: string) =>
  api.get<Participant[]>(`${reviewPath(reviewId)}/participants`)

/** `PUT /api/reviews/:id/participants/:pid`: move a participant to another group. */
export const moveParticipant = (reviewId: string, participantId: string, groupId: string) =>
  api.put<unknown>(`${reviewPath(reviewId)}/participants/${enc(participantId)}`, { groupId })

/** `GET /api/config`: the public address join links and QR codes use (null: this page's origin). */
export const getPublicUrl = () => api.get<ClientConfig>('/api/config').then((c) => c.publicUrl)
