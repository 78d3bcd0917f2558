/**
 * Shapes the compare feature reads from the API, as the contract defines them
 * (`GET /api/reviews/:id/comparison`, `GET /api/methodologies`, the review with its extensions).
 */
import type { DraftingResponse } from '../../../shared/domain/finding'
import type { MethodologySummary } from '../../../shared/domain/methodology'
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

/** A methodology pack as `GET /api/methodologies` lists it (declared once in shared/domain). */
export type Methodology = MethodologySummary

/** One factor of a listed methodology pack. */
export type Factor = Methodology['factors'][number]

/** The review with our API extensions (reference set, locked groups), declared once in shared/domain. */
export type Review = ReviewView

/** The expert answer recorded for a proposal. */
export type ResponseStatus = DraftingResponse['status']
