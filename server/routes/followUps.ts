/** Follow-up routes (contract v1.1): the version diff, follow-ups of a review and their verdicts. */

import { z } from 'zod'
import {
  CreateFollowUpInput,
  FollowUp,
  FollowUpItem,
  VerdictInput,
  VersionDiff,
} from '../../shared/domain/followUp.js'
import { LanguageTag } from '../../shared/domain/language.js'
import { loadFollowUp, presentFollowUp, setVerdict, startFollowUp } from '../commands/followUps.js'
import { loadVisibleReview } from '../commands/loaders.js'
import { draftDiff } from '../commands/versionDiff.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { listFollowUps } from '../storage/followUps.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

const WRITERS = ['admin', 'facilitator', 'expert'] as const
const READERS = ['admin', 'facilitator', 'expert', 'staff'] as const
const BASE = '/api/reviews/:id/follow-ups'

const Id = z.string().min(1).max(200)
const DiffQuery = z.object({ from: Id.optional(), to: Id.optional() })
const LangQuery = z.object({ lang: LanguageTag.optional() })

function reviewOf(c: Ctx, d: ResolvedDeps) {
  return loadVisibleReview(d.meta, caller(c), c.req.param('id') ?? '')
}

/** The language of the new risks' explanations: `?lang=`, the caller's, or English. */
function explainIn(c: Ctx, query: z.infer<typeof LangQuery>) {
  return query.lang ?? caller(c).preferences?.lang ?? 'en'
}

/** Follow-up routes. */
export const followUpRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/drafts/:id/diff',
    auth: 'user',
    tag: 'drafts',
    status: 200,
    response: VersionDiff,
    query: DiffQuery,
    summary:
      'Unit diff of two versions (`to` defaults to the latest, `from` to the version before `to`): every unit in one pair, in the new version’s order.',
    handler: (c, d, { query }) => draftDiff(d.meta, caller(c), c.req.param('id') ?? '', query),
  }),
  route({
    method: 'post',
    path: BASE,
    auth: WRITERS,
    tag: 'follow-ups',
    status: 201,
    response: FollowUp,
    body: CreateFollowUpInput,
    query: LangQuery,
    summary: 'Carry every consolidated finding to a later version of the reviewed draft.',
    handler: async (c, d, { body: input, query }) => {
      const review = reviewOf(c, d)
      const record = await startFollowUp(d.meta, d.rooms, review, input.versionId, caller(c), d.now())
      return presentFollowUp(d.meta, review, record, explainIn(c, query))
    },
  }),
  route({
    method: 'get',
    path: BASE,
    auth: READERS,
    tag: 'follow-ups',
    status: 200,
    response: z.array(FollowUp),
    query: LangQuery,
    summary: 'The follow-ups of a review, oldest first.',
    handler: async (c, d, { query }) => {
      const review = reviewOf(c, d)
      const lang = explainIn(c, query)
      const out = []
      for (const f of listFollowUps(d.meta, review.id))
        out.push(await presentFollowUp(d.meta, review, f, lang))
      return out
    },
  }),
  route({
    method: 'get',
    path: `${BASE}/:followUpId`,
    auth: READERS,
    tag: 'follow-ups',
    status: 200,
    response: FollowUp,
    query: LangQuery,
    summary: 'One follow-up with its items, verdicts and the new risks in changed and added units.',
    handler: async (c, d, { query }) => {
      const review = reviewOf(c, d)
      const record = loadFollowUp(d.meta, review, c.req.param('followUpId') ?? '')
      return presentFollowUp(d.meta, review, record, explainIn(c, query))
    },
  }),
  route({
    method: 'patch',
    path: `${BASE}/:followUpId/items/:findingId`,
    auth: WRITERS,
    tag: 'follow-ups',
    status: 200,
    response: FollowUpItem,
    body: VerdictInput,
    summary: 'An expert’s verdict on one carried finding (fixed, partly, not_fixed or pending) with a note.',
    handler: async (c, d, { body: input }) => {
      const review = reviewOf(c, d)
      const item = await setVerdict(
        d.meta,
        d.rooms,
        review,
        c.req.param('followUpId') ?? '',
        c.req.param('findingId') ?? '',
        input,
        caller(c),
        d.now(),
      )
      return item
    },
  }),
]
