/**
 * Archive, unarchive and delete drafts and reviews (admins and facilitators only). Archiving hides an
 * item from the lists (`?archived=1` shows it); only archived items can be deleted.
 */
import { z } from 'zod'
import { DraftSummary } from '../../shared/domain/draft.js'
import { ReviewDetail } from '../../shared/domain/review.js'
import { isStaffSide } from '../../shared/policies/access.js'
import { deleteDraft, deleteReview, setDraftArchived, setReviewArchived } from '../commands/archive.js'
import { viewerOf } from '../commands/loaders.js'
import type { Ctx } from '../http/context.js'
import { presentDraftSummary } from '../presenters/draft.js'
import { presentReview } from '../presenters/review.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

const MANAGERS = ['admin', 'facilitator'] as const

/** `?archived=1` on the lists also shows archived items. */
export const ListQuery = z.object({ archived: z.enum(['0', '1']).optional() })

/** Whether a list answer keeps `item`: archived ones only on request (participants see their own anyway). */
export function listedFor(c: Ctx, query: z.infer<typeof ListQuery>) {
  const withArchived = query.archived === '1' || !isStaffSide(viewerOf(caller(c)))
  return (item: { archivedAt?: string }) => withArchived || !item.archivedAt
}

const id = (c: Ctx) => c.req.param('id') ?? ''

function archiveRoutes(kind: 'drafts' | 'reviews', archived: boolean): RouteDef {
  const what = kind === 'drafts' ? 'draft' : 'review'
  return route({
    method: 'post',
    path: `/api/${kind}/:id/${archived ? 'archive' : 'unarchive'}`,
    auth: MANAGERS,
    tag: kind,
    status: 200,
    response: kind === 'drafts' ? DraftSummary : ReviewDetail,
    summary: archived
      ? `Archive a ${what}: hidden from the list, nothing is lost; audited.`
      : `Bring an archived ${what} back into the list; audited.`,
    handler: async (c, d) => {
      const by = caller(c)
      if (kind === 'drafts') return presentDraftSummary(await setDraftArchived(d, by, id(c), archived))
      return presentReview(await setReviewArchived(d, by, id(c), archived), viewerOf(by))
    },
  })
}

/** Archive routes. */
export const archiveRouteDefs: RouteDef[] = [
  archiveRoutes('drafts', true),
  archiveRoutes('drafts', false),
  archiveRoutes('reviews', true),
  archiveRoutes('reviews', false),
  route({
    method: 'delete',
    path: '/api/drafts/:id',
    auth: MANAGERS,
    tag: 'drafts',
    status: 204,
    summary: 'Delete an archived draft that no review uses (409 `not_archived` / `draft_in_use`); audited.',
    handler: async (c, d) => {
      await deleteDraft(d, caller(c), id(c))
    },
  }),
  route({
    method: 'delete',
    path: '/api/reviews/:id',
    auth: MANAGERS,
    tag: 'reviews',
    status: 204,
    summary:
      'Delete an archived review with its groups, rooms and participants (409 `not_archived`); audited.',
    handler: async (c, d) => {
      await deleteReview(d, caller(c), id(c))
    },
  }),
]
