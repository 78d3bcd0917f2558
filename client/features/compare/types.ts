/**
 * Shapes the compare feature reads from the API, as the contract defines them
 * (`GET /api/reviews/:id/comparison`, `GET /api/methodologies`, the review with its extensions).
 */
import type { DraftingResponse } from '../../../shared/domain/finding'
import type { ReviewView } from '../../../shared/domain/review'
import type {
  Cluster as SharedCluster,
  Comparison as SharedComparison,
} from '../../../shared/reports/agreement'

/** One cluster of overlapping findings (any group) in one unit. */
export type Cluster = SharedCluster

/** `GET /api/reviews/:id/comparison`. */
export type Comparison = SharedComparison

/** Text in the four language tags. */
export type Localized = Partial<Record<'en' | 'ru' | 'uz-Latn' | 'uz-Cyrl', string>>

/** One factor of a methodology pack. */
export type Factor = {
  id: string
  groupId: string
  name: Localized
  description?: Localized
  /** The name is our reconstruction, not the official wording. */
  workingName?: boolean
}

/** A methodology pack as `GET /api/methodologies` lists it. */
export type Methodology = {
  id: string
  title: string | Localized
  version: string
  status?: 'official' | 'working'
  /** The language of the official wording; names in others are translations. */
  sourceLanguage?: string
  groups: { id: string; name: Localized }[]
  factors: Factor[]
}

/** The review with our API extensions (reference set, locked groups), declared once in shared/domain. */
export type Review = ReviewView

/** The expert answer recorded for a proposal. */
export type ResponseStatus = DraftingResponse['status']
