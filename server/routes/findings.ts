/** Finding routes: group findings, consolidated findings, drafting responses, and the comparison. */
import { z } from 'zod'
import { CreateFindingInput, Finding } from '../../shared/domain/finding.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import { canReadComparison, canReadScope, canWriteScope } from '../../shared/policies/access.js'
import { consolidate } from '../commands/consolidate.js'
import {
  createScopedFinding,
  getFinding,
  listFindings,
  loadReviewContext,
  patchScopedFinding,
  reviewComparison,
  scopeRoom,
} from '../commands/findings.js'
import { ensure, loadVisibleReview, viewerOf } from '../commands/loaders.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { MergeInput, PatchFindingInput, ResponseInput } from './findingSchemas.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

const EXPERTS = ['admin', 'facilitator', 'expert'] as const
const GROUP = '/api/reviews/:id/groups/:groupId/findings'
const CONS = '/api/reviews/:id/consolidated/findings'

/** Load the review and check the caller's access to the scope; 404 for unknown groups. */
async function scoped(c: Ctx, d: ResolvedDeps, scope: string, mode: 'read' | 'write') {
  const user = caller(c)
  const review = loadVisibleReview(d.meta, user, c.req.param('id') ?? '')
  scopeRoom(review, scope)
  const viewer = viewerOf(user)
  if (mode === 'read')
    ensure(canReadScope(viewer, review, scope), 'You may not read this group’s findings now.')
  else ensure(canWriteScope(viewer, review, scope), 'You may not change this group’s findings now.')
  const actor = { id: user.id, name: user.name }
  return { ctx: await loadReviewContext(d.meta, review), actor }
}

const groupScope = (c: Ctx) => c.req.param('groupId') ?? ''

type Patch = Parameters<typeof patchScopedFinding>[4]
type Actor = { id: string; name: string }

/** Apply a patch (built with the caller as actor) to the finding named in the path, within one scope. */
async function patchFromPath(c: Ctx, d: ResolvedDeps, scope: string, patch: (actor: Actor) => Patch) {
  const { ctx, actor } = await scoped(c, d, scope, 'write')
  const findingId = c.req.param('findingId') ?? ''
  return await patchScopedFinding(d.rooms, ctx, scope, findingId, patch(actor), actor, d.now())
}

/** Finding routes. */
export const findingRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: GROUP,
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: z.array(Finding),
    summary: 'Findings of a group in document order (`consolidated` is accepted as a group id).',
    handler: async (c, d) => {
      const { ctx } = await scoped(c, d, groupScope(c), 'read')
      return await listFindings(d.rooms, ctx, groupScope(c))
    },
  }),
  route({
    method: 'post',
    path: GROUP,
    auth: 'user',
    tag: 'findings',
    status: 201,
    response: Finding,
    body: CreateFindingInput,
    summary: 'Create a finding by offsets or by quote; appears live in the group room.',
    handler: async (c, d, { body: input }) => {
      const { ctx, actor } = await scoped(c, d, groupScope(c), 'write')
      return await createScopedFinding(d.rooms, ctx, groupScope(c), input, actor, d.now())
    },
  }),
  route({
    method: 'get',
    path: `${GROUP}/:findingId`,
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: Finding,
    summary: 'One finding of a group.',
    handler: async (c, d) => {
      const { ctx } = await scoped(c, d, groupScope(c), 'read')
      return await getFinding(d.rooms, ctx, groupScope(c), c.req.param('findingId') ?? '')
    },
  }),
  route({
    method: 'patch',
    path: `${GROUP}/:findingId`,
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: Finding,
    body: PatchFindingInput,
    summary: 'Change factors, risk, status or proposal kind of a group finding.',
    handler: async (c, d, { body: input }) => {
      return patchFromPath(c, d, groupScope(c), () => input)
    },
  }),
  route({
    method: 'get',
    path: CONS,
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: z.array(Finding),
    summary: 'Consolidated findings with their sources.',
    handler: async (c, d) => {
      const { ctx } = await scoped(c, d, CONSOLIDATED, 'read')
      return await listFindings(d.rooms, ctx, CONSOLIDATED)
    },
  }),
  route({
    method: 'post',
    path: CONS,
    auth: EXPERTS,
    tag: 'findings',
    status: 201,
    response: Finding,
    body: MergeInput,
    summary: 'Merge group findings (`from`) into one consolidated finding, with optional overrides.',
    handler: async (c, d, { body: input }) => {
      const { ctx, actor } = await scoped(c, d, CONSOLIDATED, 'write')
      return await consolidate(d.rooms, ctx, input, actor, d.now())
    },
  }),
  route({
    method: 'get',
    path: `${CONS}/:findingId`,
    auth: 'user',
    tag: 'findings',
    status: 200,
    response: Finding,
    summary: 'One consolidated finding.',
    handler: async (c, d) => {
      const { ctx } = await scoped(c, d, CONSOLIDATED, 'read')
      return await getFinding(d.rooms, ctx, CONSOLIDATED, c.req.param('findingId') ?? '')
    },
  }),
  route({
    method: 'patch',
    path: `${CONS}/:findingId`,
    auth: EXPERTS,
    tag: 'findings',
    status: 200,
    response: Finding,
    body: PatchFindingInput,
    summary: 'Change factors, risk, status or proposal kind of a consolidated finding.',
    handler: async (c, d, { body: input }) => {
      return patchFromPath(c, d, CONSOLIDATED, () => input)
    },
  }),
  route({
    method: 'put',
    path: `${CONS}/:findingId/response`,
    auth: EXPERTS,
    tag: 'findings',
    status: 200,
    response: Finding,
    body: ResponseInput,
    summary: 'Record the drafting body’s answer (accepted, partly, rejected) to a consolidated proposal.',
    handler: async (c, d, { body: input }) => {
      const recordedAt = d.now().toISOString()
      return patchFromPath(c, d, CONSOLIDATED, (actor) => ({
        response: { status: input.status, reason: input.reason, recordedAt, recordedBy: actor },
      }))
    },
  }),
  route({
    method: 'get',
    path: '/api/reviews/:id/comparison',
    auth: 'user',
    tag: 'findings',
    status: 200,
    summary: 'Agreement between groups (Krippendorff’s alpha, pairwise F1), factors per unit, clusters.',
    handler: async (c, d) => {
      const user = caller(c)
      const review = loadVisibleReview(d.meta, user, c.req.param('id') ?? '')
      ensure(
        canReadComparison(viewerOf(user), review),
        'The comparison opens to participants once the facilitator reveals it.',
      )
      return reviewComparison(d.rooms, await loadReviewContext(d.meta, review))
    },
  }),
]
