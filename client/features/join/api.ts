/** Joining a review with a code: what the code opens, and joining as a participant. */
import type { JoinAnswer, JoinTarget } from '../../../shared/domain/review'
import { api } from '../../api/client'

/** `GET /api/join/:code`: the review a code opens and the groups one may join. */
export type JoinInfo = JoinTarget

/** What a participant sends to join. */
export type JoinInput = { code: string; name: string; groupId: string }

/** `GET /api/join/:code` (404: unknown code, 409: joining is off). */
export const lookUpJoinCode = (code: string) => api.get<JoinInfo>(`/api/join/${encodeURIComponent(code)}`)

/** `POST /api/join`. */
export const join = (input: JoinInput) => api.post<JoinAnswer>('/api/join', input)
