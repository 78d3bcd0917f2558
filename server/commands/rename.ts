/**
 * Renaming a draft or a review: only the title changes (texts, versions, rooms and findings stay), and
 * each rename is written to the server log as an audit line (who, what, from, to).
 */
import { notFound } from '../errors.js'
import type { Logger } from '../log.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { DraftRecord, ReviewRecord, UserRecord } from '../storage/metaTypes.js'
import { patchReview } from '../storage/reviews.js'

/** Give a draft a new title. */
export async function renameDraft(
  deps: { meta: MetaStore; log: Logger },
  by: UserRecord,
  draftId: string,
  title: string,
): Promise<DraftRecord> {
  const renamed = await deps.meta.update((d) => {
    const draft = d.drafts.find((x) => x.id === draftId)
    if (!draft) return undefined
    const from = draft.title
    draft.title = title
    // The latest version shows the new title too; older versions keep the title they were filed under.
    const latest = draft.versions[draft.versions.length - 1]
    if (latest) latest.title = title
    return { draft, from }
  })
  if (!renamed) throw notFound('Draft')
  deps.log.info('audit: draft renamed', { by: by.id, draft: draftId, from: renamed.from, to: title })
  return renamed.draft
}

/** Give a review a new title. */
export async function renameReview(
  deps: { meta: MetaStore; log: Logger },
  by: UserRecord,
  review: ReviewRecord,
  title: string,
): Promise<ReviewRecord> {
  const updated = (await patchReview(deps.meta, review.id, { title })) ?? review
  deps.log.info('audit: review renamed', { by: by.id, review: review.id, from: review.title, to: title })
  return updated
}
