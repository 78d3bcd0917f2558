/** Gathering a report's input from lowdb, the scope's room and the pinned pack. */
import { readChecklist } from '../../shared/collab/roomDoc.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import type { ReportInput, ReportOptions } from '../../shared/reports/input.js'
import type { RoomService } from '../http/context.js'
import type { MetaStore } from '../storage/metaStore.js'
import { participantsOf } from '../storage/reviews.js'
import { reviewChecklists } from './checklists.js'
import { listFindings, type ReviewContext, scopeRoom } from './findings.js'
import { loadDraftVersion } from './loaders.js'

/** The input of `buildReport` for one scope (group id or `consolidated`). */
export async function reportInput(
  meta: MetaStore,
  rooms: RoomService,
  ctx: ReviewContext,
  scope: string,
  lang: LanguageTag,
  now: Date,
  options: ReportOptions = {},
): Promise<ReportInput> {
  const { review } = ctx
  const { draft, version } = loadDraftVersion(meta, review.draftId, review.versionId)
  const findings = await listFindings(rooms, ctx, scope)
  const doc = await rooms.getDoc(scopeRoom(review, scope))
  const group = review.groups.find((g) => g.id === scope)
  const experts = scope === CONSOLIDATED ? [...new Set(findings.map((f) => f.author.name))] : []
  const checklist =
    scope === CONSOLIDATED
      ? (await reviewChecklists(rooms, review, ctx.unitLengths)).merged
      : Object.fromEntries(readChecklist(doc, ctx.unitLengths))
  // The people who wrote a group's report: who joined the group, and whoever wrote its findings.
  const members = group
    ? [
        ...new Set([
          ...participantsOf(meta, review.id)
            .filter((u) => u.participant?.groupId === group.id)
            .map((u) => u.name),
          ...findings.map((f) => f.author.name),
        ]),
      ].sort((a, b) => a.localeCompare(b))
    : []
  return {
    lang,
    scope: group ? { kind: 'group', name: group.name } : { kind: 'consolidated', name: CONSOLIDATED },
    members,
    draft: {
      // The draft's current title (it can be renamed); the version's own title only as a fallback.
      title: draft.title || version.title,
      language: version.language,
      versionNumber: version.number,
      versionId: version.id,
      versionCreatedAt: version.createdAt,
      units: ctx.units,
    },
    review: {
      title: review.title,
      createdAt: review.createdAt,
      // In the blind phase a group's report names no other group (it may be shared with its members).
      groups: review.groups
        .filter((g) => !group || review.phase !== 'annotate' || g.id === group.id)
        .map(({ id, name }) => ({ id, name })),
      experts,
    },
    pack: ctx.pack,
    findings,
    checklist,
    generatedAt: now.toISOString(),
    options,
  }
}
