/** Draft routes: create (JSON or upload), versions, list, read, marker suggestions. */

import { z } from 'zod'
import { DraftSummary, DraftView } from '../../shared/domain/draft.js'
import { LanguageTag } from '../../shared/domain/language.js'
import { SuggestionView } from '../../shared/domain/suggestion.js'
import { canReadDraftVersion, isStaffSide } from '../../shared/policies/access.js'
import { addDraftVersion, createDraft } from '../commands/drafts.js'
import { loadDraftVersion, loadUnits, participantReview, viewerOf } from '../commands/loaders.js'
import { DEFAULT_METHODOLOGY_ID, latestPack, packVersion } from '../commands/packs.js'
import { renameDraft } from '../commands/rename.js'
import { versionSuggestions } from '../commands/suggestions.js'
import { notFound } from '../errors.js'
import type { Ctx, ResolvedDeps } from '../http/context.js'
import { presentDraft, presentDraftSummary } from '../presenters/draft.js'
import { listDrafts } from '../storage/drafts.js'
import { ListQuery, listedFor } from './archive.js'
import { DraftJsonInput, RenameDraftInput, readDraftSource, VersionJsonInput } from './draftInput.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

/** Upload routes accept 20 MiB of file plus form overhead. */
export const UPLOAD_BODY_LIMIT = 21 * 1024 * 1024
const AUTHORS = ['admin', 'facilitator', 'expert'] as const

const VersionQuery = z.object({ version: z.string().min(1).max(100).optional() })
const SuggestionQuery = VersionQuery.extend({
  methodology: z.string().min(1).max(100).optional(),
  lang: LanguageTag.optional(),
})

/** Resolve the version the caller may read: participants default to their review's version. */
function readableVersion(c: Ctx, d: ResolvedDeps, draftId: string, versionId?: string) {
  const user = caller(c)
  const review = participantReview(d.meta, user)
  const wanted = versionId ?? (isStaffSide(viewerOf(user)) ? undefined : review?.versionId)
  // A participant probing other drafts learns nothing: 404 rather than 403.
  if (!canReadDraftVersion(viewerOf(user), { draftId, versionId: wanted }, review)) throw notFound('Draft')
  return loadDraftVersion(d.meta, draftId, wanted)
}

/** Draft routes. */
export const draftRoutes: RouteDef[] = [
  route({
    method: 'post',
    path: '/api/drafts',
    auth: AUTHORS,
    tag: 'drafts',
    status: 201,
    response: DraftView,
    body: DraftJsonInput,
    multipart: true,
    bodyLimit: UPLOAD_BODY_LIMIT,
    summary: 'Create a draft from pasted text or an uploaded file (.docx, .txt, .md, .html, .pdf).',
    handler: async (c, d, { body }) => {
      const source = await readDraftSource(c, body)
      const { draft, version } = await createDraft(d.meta, source, caller(c).id, d.now())
      return presentDraft(draft, version, await loadUnits(d.meta, version.id))
    },
  }),
  route({
    method: 'get',
    path: '/api/drafts',
    auth: 'user',
    tag: 'drafts',
    status: 200,
    response: z.array(DraftSummary),
    query: ListQuery,
    summary:
      'All drafts with their versions (participants: only the draft of their review); `?archived=1` adds archived ones.',
    handler: (c, d, { query }) => {
      const user = caller(c)
      const review = participantReview(d.meta, user)
      const listed = listedFor(c, query)
      const drafts = listDrafts(d.meta).filter(
        (x) => listed(x) && (isStaffSide(viewerOf(user)) || x.id === review?.draftId),
      )
      return drafts.map(presentDraftSummary)
    },
  }),
  route({
    method: 'get',
    path: '/api/drafts/:id',
    auth: 'user',
    tag: 'drafts',
    status: 200,
    response: DraftView,
    query: VersionQuery,
    summary: 'A draft at its latest version, or at `?version=`.',
    handler: async (c, d, { query: q }) => {
      const { draft, version } = readableVersion(c, d, c.req.param('id') ?? '', q.version)
      return presentDraft(draft, version, await loadUnits(d.meta, version.id))
    },
  }),
  route({
    method: 'patch',
    path: '/api/drafts/:id',
    auth: AUTHORS,
    tag: 'drafts',
    status: 200,
    response: DraftView,
    body: RenameDraftInput,
    summary: 'Rename a draft (its versions stay as they are); the rename is audited.',
    handler: async (c, d, { body: input }) => {
      const draft = await renameDraft(d, caller(c), c.req.param('id') ?? '', input.title)
      const version = draft.versions[draft.versions.length - 1]!
      return presentDraft(draft, version, await loadUnits(d.meta, version.id))
    },
  }),
  route({
    method: 'post',
    path: '/api/drafts/:id/versions',
    auth: AUTHORS,
    tag: 'drafts',
    status: 201,
    response: DraftView,
    body: VersionJsonInput,
    multipart: true,
    bodyLimit: UPLOAD_BODY_LIMIT,
    summary: 'Add an immutable version (same inputs as creating a draft; the title may be left out).',
    handler: async (c, d, { body }) => {
      const { draft } = loadDraftVersion(d.meta, c.req.param('id') ?? '')
      const source = await readDraftSource(c, body, draft.title)
      const version = await addDraftVersion(d.meta, draft.id, source, caller(c).id, d.now())
      if (!version) throw notFound('Draft')
      return presentDraft(draft, version, await loadUnits(d.meta, version.id))
    },
  }),
  route({
    method: 'get',
    path: '/api/drafts/:id/suggestions',
    auth: 'user',
    tag: 'drafts',
    status: 200,
    response: z.array(SuggestionView),
    query: SuggestionQuery,
    summary: 'Candidate factors found by the marker detector (offsets as for findings).',
    handler: async (c, d, { query: q }) => {
      const user = caller(c)
      const { version } = readableVersion(c, d, c.req.param('id') ?? '', q.version)
      const review = participantReview(d.meta, user)
      // Participants get the pack version their review uses; others the newest of the asked pack.
      const pack =
        review && !q.methodology
          ? packVersion(d.meta, review.methodologyId, review.methodologyVersion)
          : latestPack(d.meta, q.methodology ?? DEFAULT_METHODOLOGY_ID)
      const explainIn = q.lang ?? user.preferences?.lang ?? 'en'
      return await versionSuggestions(version, pack, explainIn, () => loadUnits(d.meta, version.id))
    },
  }),
]
