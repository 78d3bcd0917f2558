/** The report route: one scope of a review as docx, pdf, md, html, csv, json or W3C annotations. */
import { z } from 'zod'
import { LanguageTag } from '../../shared/domain/language.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import { canReadScope } from '../../shared/policies/access.js'
import type { ReportOptions } from '../../shared/reports/input.js'
import { buildReport } from '../../shared/reports/model.js'
import { loadReviewContext, scopeRoom } from '../commands/findings.js'
import { followUpReportModel } from '../commands/followUpReport.js'
import { ensure, loadVisibleReview, viewerOf } from '../commands/loaders.js'
import { reportInput } from '../commands/report.js'
import { writeFollowUpReport } from '../reports/followUpReport.js'
import { EXPORT_FORMATS, type ReportFile, writeReport } from '../reports/index.js'
import { getDraft } from '../storage/drafts.js'
import { route } from './route.js'
import { caller, type RouteDef } from './types.js'

const ReportQuery = z.object({
  scope: z
    .string()
    .regex(
      /^(group:[A-Za-z0-9_-]{1,100}|consolidated|follow-up:[A-Za-z0-9_-]{1,100})$/,
      'Use scope=group:<groupId>, scope=consolidated or scope=follow-up:<followUpId>.',
    ),
  format: z.enum(EXPORT_FORMATS),
  lang: LanguageTag.optional(),
  /** Append the annotated copy of the draft: default off for PDF, on for the other formats. */
  annex: z.enum(['0', '1', 'false', 'true']).optional(),
  /** The official form's fields; a blank line is printed for each one left out. */
  draftingBody: z.string().max(300).optional(),
  outgoingNumber: z.string().max(100).optional(),
})

/** The export options of a report query (pure, for the route and its tests). */
export function reportOptions(q: z.infer<typeof ReportQuery>): ReportOptions {
  const annex = q.annex === undefined ? q.format !== 'pdf' : q.annex === '1' || q.annex === 'true'
  return { annex, draftingBody: q.draftingBody, outgoingNumber: q.outgoingNumber }
}

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

const FOLLOW_UP_SCOPE = 'follow-up:'
const FOLLOW_UP_READERS: readonly string[] = ['admin', 'facilitator', 'expert', 'staff']

/** A written report as the download response. */
function fileResponse(file: ReportFile): Response {
  return new Response(file.body as BodyInit, {
    status: 200,
    headers: { 'Content-Type': file.contentType, 'Content-Disposition': contentDisposition(file.fileName) },
  })
}

/** Report routes. */
export const reportRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/reviews/:id/report',
    auth: 'user',
    tag: 'reports',
    status: 200,
    query: ReportQuery,
    produces: 'application/octet-stream',
    summary:
      'Export one group’s findings, the consolidated conclusion (read access to that scope) or a follow-up conclusion (`scope=follow-up:<id>`).',
    handler: async (c, d, { query: q }) => {
      const user = caller(c)
      const review = loadVisibleReview(d.meta, user, c.req.param('id') ?? '')
      const draftLanguage = getDraft(d.meta, review.draftId)?.language
      const lang = q.lang ?? user.preferences?.lang ?? draftLanguage ?? 'en'
      if (q.scope.startsWith(FOLLOW_UP_SCOPE)) {
        ensure(FOLLOW_UP_READERS.includes(user.role), 'Only the Agency’s accounts read follow-ups.')
        const id = q.scope.slice(FOLLOW_UP_SCOPE.length)
        return fileResponse(
          await writeFollowUpReport(await followUpReportModel(d.meta, review, id, lang, d.now()), q.format),
        )
      }
      const scope = q.scope === CONSOLIDATED ? CONSOLIDATED : q.scope.slice('group:'.length)
      scopeRoom(review, scope)
      ensure(canReadScope(viewerOf(user), review, scope), 'You may not export this group’s findings now.')
      const ctx = await loadReviewContext(d.meta, review)
      const input = await reportInput(d.meta, d.rooms, ctx, scope, lang, d.now(), reportOptions(q))
      return fileResponse(await writeReport(buildReport(input), q.format))
    },
  }),
]
