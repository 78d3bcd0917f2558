import { z } from 'zod'
import {
  GroupState,
  JoinAnswer,
  JoinTarget,
  ParticipantView,
  ReviewDetail,
} from '../../shared/domain/review.js'
import { canSeeReview } from '../../shared/policies/access.js'
import { joinGroup, resolveJoinCode } from '../commands/join.js'
import { loadVisibleReview, viewerOf } from '../commands/loaders.js'
import { renameReview } from '../commands/rename.js'
import {
  createReview,
  moveParticipant,
  setGroupLock,
  setJoinCode,
  setPhase,
  setReference,
} from '../commands/reviews.js'
import { clientIp } from '../http/clientIp.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { normalizeJoinCode } from '../ids.js'
import { presentParticipant, presentReview } from '../presenters/review.js'
import { listReviews, participantsOf } from '../storage/reviews.js'
import { ListQuery, listedFor } from './archive.js'
import {
  CreateReviewInput,
  JoinCodeInput,
  JoinInput,
  LockInput,
  MoveInput,
  PhaseInput,
  ReferenceInput,
  RenameReviewInput,
} from './reviewSchemas.js'
import { route } from './route.js'
import { limitedByAddress, openSession } from './sessions.js'
import { caller, type RouteDef } from './types.js'

const MANAGERS = ['admin', 'facilitator'] as const

function reviewOf(c: Ctx, d: ResolvedDeps) {
  return loadVisibleReview(d.meta, caller(c), c.req.param('id') ?? '')
}

/** Review routes. */
export const reviewRoutes: RouteDef[] = [
  route({
    method: 'post',
    path: '/api/reviews',
    auth: MANAGERS,
    tag: 'reviews',
    status: 201,
    response: ReviewDetail,
    body: CreateReviewInput,
    summary:
      'Create a review of one draft version with named groups (pack defaults to the built-in default).',
    handler: async (c, d, { body: input }) => {
      const review = await createReview(d.meta, input, caller(c).id, d.now())
      return presentReview(review, viewerOf(caller(c)))
    },
  }),
  route({
    method: 'get',
    path: '/api/reviews',
    auth: 'user',
    tag: 'reviews',
    status: 200,
    response: z.array(ReviewDetail),
    query: ListQuery,
    summary:
      'Reviews the caller may see, newest first (participants: only their own); `?archived=1` adds archived ones.',
    handler: (c, d, { query }) => {
      const viewer = viewerOf(caller(c))
      const listed = listedFor(c, query)
      return listReviews(d.meta)
        .filter((r) => listed(r) && canSeeReview(viewer, r))
        .map((r) => presentReview(r, viewer))
    },
  }),
  route({
    method: 'get',
    path: '/api/reviews/:id',
    auth: 'user',
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    summary: 'One review, as far as the caller may see it.',
    handler: (c, d) => presentReview(reviewOf(c, d), viewerOf(caller(c))),
  }),
  route({
    method: 'patch',
    path: '/api/reviews/:id',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    body: RenameReviewInput,
    summary: 'Rename a review (groups, rooms and findings stay); the rename is audited.',
    handler: async (c, d, { body: input }) => {
      const updated = await renameReview(d, caller(c), reviewOf(c, d), input.title)
      return presentReview(updated, viewerOf(caller(c)))
    },
  }),
  route({
    method: 'get',
    path: '/api/reviews/:id/groups',
    auth: 'user',
    tag: 'reviews',
    status: 200,
    response: z.array(GroupState),
    summary: 'The groups of a review the caller may see, with their lock state.',
    handler: (c, d) => {
      const view = presentReview(reviewOf(c, d), viewerOf(caller(c)))
      return view.groups.map((g) => ({ ...g, locked: view.locked.includes(g.id) }))
    },
  }),
  route({
    method: 'get',
    path: '/api/join/:code',
    auth: 'public',
    tag: 'reviews',
    status: 200,
    response: JoinTarget,
    summary: 'What a join code opens: the review title and its groups to pick from (rate-limited).',
    handler: async (c, d) => {
      const code = normalizeJoinCode(c.req.param('code') ?? '')
      const review = await limitedByAddress(c, d, 'join', code, () => resolveJoinCode(d.meta, code))
      return {
        review: { id: review.id, title: review.title, phase: review.phase },
        groups: review.groups.map(({ id, name }) => ({ id, name })),
      }
    },
  }),
  route({
    method: 'post',
    path: '/api/join',
    auth: 'public',
    tag: 'reviews',
    status: 201,
    response: JoinAnswer,
    body: JoinInput,
    summary: 'Join a group with a code; 404 for an unknown or disabled code, 429 when rate-limited.',
    handler: async (c, d, { body: input }) => {
      const code = normalizeJoinCode(input.code)
      // A wrong code or group counts against the limits; a good join does not.
      const { user, review, group } = await limitedByAddress(c, d, 'join', code, () =>
        joinGroup(d.meta, { ...input, code, address: clientIp(c) }, c.get('user'), d.now()),
      )
      return {
        ...(await openSession(c, d, user)),
        review: { id: review.id },
        group: { id: group.id, name: group.name, room: group.room },
      }
    },
  }),
  route({
    method: 'put',
    path: '/api/reviews/:id/phase',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    body: PhaseInput,
    summary: 'Move the review to annotate, reveal or closed; applies to open connections at once.',
    handler: async (c, d, { body: input }) => {
      const review = await setPhase(d.meta, d.rooms, reviewOf(c, d), input.phase)
      return presentReview(review, viewerOf(caller(c)))
    },
  }),
  route({
    method: 'put',
    path: '/api/reviews/:id/join-code',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    body: JoinCodeInput,
    summary:
      'Regenerate, disable or enable the join code (enable keeps the old code; existing participants stay signed in).',
    handler: async (c, d, { body: input }) => {
      const updated = await setJoinCode(d.meta, reviewOf(c, d), input.action)
      return presentReview(updated, viewerOf(caller(c)))
    },
  }),
  route({
    method: 'put',
    path: '/api/reviews/:id/groups/:groupId/lock',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    body: LockInput,
    summary: 'Lock or unlock a group (read-only for its participants, at once).',
    handler: async (c, d, { body: input }) => {
      const review = await setGroupLock(
        d.meta,
        d.rooms,
        reviewOf(c, d),
        c.req.param('groupId') ?? '',
        input.locked,
      )
      return presentReview(review, viewerOf(caller(c)))
    },
  }),
  route({
    method: 'get',
    path: '/api/reviews/:id/participants',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: z.array(ParticipantView),
    summary: 'Participants who joined the review.',
    handler: (c, d) => participantsOf(d.meta, reviewOf(c, d).id).map(presentParticipant),
  }),
  route({
    method: 'put',
    path: '/api/reviews/:id/participants/:userId',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ParticipantView,
    body: MoveInput,
    summary: 'Move a participant to another group; their open connections are re-checked at once.',
    handler: async (c, d, { body: input }) => {
      const userId = c.req.param('userId') ?? ''
      const moved = await moveParticipant(d.meta, d.rooms, reviewOf(c, d), userId, input.groupId)
      return presentParticipant(moved)
    },
  }),
  route({
    method: 'put',
    path: '/api/reviews/:id/reference',
    auth: MANAGERS,
    tag: 'reviews',
    status: 200,
    response: ReviewDetail,
    body: ReferenceInput,
    summary: 'Mark a group (or the consolidated findings) as the reference answer, or clear it.',
    handler: async (c, d, { body: input }) => {
      const updated = await setReference(d.meta, reviewOf(c, d), input.reference)
      return presentReview(updated, viewerOf(caller(c)))
    },
  }),
]
