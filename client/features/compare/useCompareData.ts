/**
 * Loads what the comparison and consolidation views need (review, draft version, pack, comparison, every
 * readable group's findings) and refreshes the live parts as soon as a group room changes (read-only
 * connections, `useRoomsFollow`); a slow timer remains for what rooms do not carry (phase, groups).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { DraftView } from '../../../shared/domain/draft'
import type { Finding } from '../../../shared/domain/finding'
import { ApiError } from '../../api/client'
import {
  getComparison,
  getConsolidatedFindings,
  getDraftVersion,
  getGroupFindings,
  getPack,
  getReview,
} from './api'
import type { Comparison, Methodology, Review } from './types'
import { useRoomsFollow } from './useRoomsFollow'

/** How often the comparison is re-fetched anyway while visible (room changes refresh it at once). */
export const REFRESH_MS = 30_000

/** Everything the compare pages render from. */
export type CompareData = {
  review: Review
  draft: DraftView
  pack: Methodology | null
  comparison: Comparison
  findingsByGroup: Record<string, Finding[]>
  consolidated: Finding[] | null
  loadedAt: number
}

/** The hook's state: loading, loaded (refreshing quietly), or failed with the API error. */
export type CompareState = { data: CompareData | null; error: ApiError | null; reload: () => void }

async function loadLive(
  review: Review,
): Promise<Pick<CompareData, 'comparison' | 'findingsByGroup' | 'consolidated'>> {
  const [comparison, lists, consolidated] = await Promise.all([
    getComparison(review.id),
    Promise.all(review.groups.map((g) => getGroupFindings(review.id, g.id).catch(() => [] as Finding[]))),
    getConsolidatedFindings(review.id).catch(() => null),
  ])
  const findingsByGroup: Record<string, Finding[]> = {}
  review.groups.forEach((g, i) => {
    findingsByGroup[g.id] = lists[i] ?? []
  })
  return { comparison, findingsByGroup, consolidated }
}

/** Load and keep refreshing the comparison data of a review. */
export function useCompareData(reviewId: string): CompareState {
  const [data, setData] = useState<CompareData | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [tick, setTick] = useState(0)
  const staticPart = useRef<{ review: Review; draft: DraftView; pack: Methodology | null } | null>(null)
  const reload = useCallback(() => setTick((t) => t + 1), [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is how reload() restarts the refresh loop at once.
  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const run = async () => {
      try {
        const review = await getReview(reviewId)
        let base = staticPart.current
        if (!base || base.review.versionId !== review.versionId || base.review.id !== review.id) {
          const [draft, pack] = await Promise.all([
            getDraftVersion(review.draftId, review.versionId),
            getPack(review.methodologyId).catch(() => null),
          ])
          base = { review, draft, pack }
        }
        staticPart.current = { ...base, review }
        const live = await loadLive(review)
        if (cancelled) return
        setData({ ...base, review, ...live, loadedAt: Date.now() })
        setError(null)
      } catch (e) {
        if (cancelled) return
        const err = e instanceof ApiError ? e : new ApiError(0, 'network', String(e))
        setError(err)
        // Signed out or no such review: retrying will not help. A 403 may lift (the phase turns to reveal).
        if (err.status === 401 || err.status === 404) return
      }
      if (!cancelled) timer = setTimeout(schedule, REFRESH_MS)
    }
    // Skip refreshes while the tab is hidden; resume when it comes back.
    const schedule = () => {
      if (typeof document !== 'undefined' && document.hidden) timer = setTimeout(schedule, REFRESH_MS)
      else void run()
    }
    void run()
    return () => {
      cancelled = true
      if (timer) clearTimeout(timer)
    }
  }, [reviewId, tick])

  const rooms = data ? [...data.review.groups.map((g) => g.room), data.review.consolidatedRoom] : []
  useRoomsFollow(rooms, reload)

  return { data, error, reload }
}
