/**
 * The consolidated checklist: what every group checked and what the experts adjusted, so the
 * consolidated page can show and edit the same counts the conclusion prints.
 */
import { ReviewChecklists } from '../../shared/domain/checklist.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import { canReadScope } from '../../shared/policies/access.js'
import { reviewChecklists } from '../commands/checklists.js'
import { loadReviewContext } from '../commands/findings.js'
import { ensure, loadVisibleReview, viewerOf } from '../commands/loaders.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

/** Checklist routes. */
export const checklistRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/reviews/:id/consolidated/checklist',
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: ReviewChecklists,
    summary:
      'The article checklist of the conclusion: each group’s marks, the experts’ own marks, and the merge (checked when any group checked it; an expert’s mark wins).',
    handler: async (c, d) => {
      const user = caller(c)
      const review = loadVisibleReview(d.meta, user, c.req.param('id') ?? '')
      ensure(canReadScope(viewerOf(user), review, CONSOLIDATED), 'You may not read the conclusion now.')
      const ctx = await loadReviewContext(d.meta, review)
      return await reviewChecklists(d.rooms, review, ctx.unitLengths)
    },
  }),
]
