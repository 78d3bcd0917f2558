/**
 * The REST side of a room page: the review (re-read on demand — when the server signals an access change
 * on the room socket, when the socket closes or reconnects, when the window regains focus — so phase and
 * lock changes show up), the draft at the review's version, and the review's methodology pack.
 */
import { useCallback, useEffect, useState } from 'react'
import type { DraftView } from '../../../shared/domain/draft'
import { keepForOffline } from '../../app/offlineShell'
import { draftVersionPath, getDraftVersion } from '../drafts/api'
import { getRoomReview, listPacks, reviewPath } from './api'
import type { Pack, RoomReview } from './types'

/** Everything a room page needs before it can render. */
export type RoomData = { review: RoomReview; draft: DraftView; pack: Pack | null }

/** Load review, draft and pack; `refreshReview()` re-reads the review (e.g. when the socket closes). */
export function useRoomData(reviewId: string): {
  data: RoomData | null
  error: unknown
  refreshReview: () => void
} {
  const [data, setData] = useState<RoomData | null>(null)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    let alive = true
    setData(null)
    setError(null)
    ;(async () => {
      const review = await getRoomReview(reviewId)
      const [draft, packs] = await Promise.all([
        getDraftVersion(review.draftId, review.versionId),
        listPacks(),
      ])
      const pack = packs.find((p) => p.id === review.methodologyId) ?? null
      if (alive) setData({ review, draft, pack })
      // What this room needs to open again without network (a reload offline).
      keepForOffline([
        '/api/me',
        reviewPath(reviewId),
        draftVersionPath(review.draftId, review.versionId),
        '/api/methodologies',
      ])
    })().catch((e: unknown) => {
      if (alive) setError(e)
    })
    return () => {
      alive = false
    }
  }, [reviewId])

  const refreshReview = useCallback(() => {
    getRoomReview(reviewId)
      .then((review) =>
        setData((prev) => {
          if (!prev) return prev
          // Groups count too: a participant moved elsewhere stops seeing their old group.
          const same =
            prev.review.phase === review.phase &&
            JSON.stringify(prev.review.locked ?? []) === JSON.stringify(review.locked ?? []) &&
            prev.review.groups.map((g) => g.id).join() === review.groups.map((g) => g.id).join()
          return same ? prev : { ...prev, review }
        }),
      )
      .catch(() => undefined)
  }, [reviewId])

  useEffect(() => {
    window.addEventListener('focus', refreshReview)
    return () => window.removeEventListener('focus', refreshReview)
  }, [refreshReview])

  return { data, error, refreshReview }
}
