/** Gathering the follow-up conclusion's report model (scope `follow-up:<id>` of the report route). */
import type { LanguageTag } from '../../shared/domain/language.js'
import { buildFollowUpReport, type FollowUpReportModel } from '../../shared/reports/followUpModel.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { ReviewRecord } from '../storage/metaTypes.js'
import { loadFollowUp, presentFollowUp } from './followUps.js'
import { loadDraftVersion, loadUnits } from './loaders.js'
import { packVersion } from './packs.js'

/** The report model of one follow-up of `review`, in `lang`. */
export async function followUpReportModel(
  meta: MetaStore,
  review: ReviewRecord,
  followUpId: string,
  lang: LanguageTag,
  now: Date,
): Promise<FollowUpReportModel> {
  const record = loadFollowUp(meta, review, followUpId)
  const followUp = await presentFollowUp(meta, review, record, lang)
  const { draft, version: from } = loadDraftVersion(meta, review.draftId, record.fromVersionId)
  const { version: to } = loadDraftVersion(meta, review.draftId, record.toVersionId)
  const units = await loadUnits(meta, to.id)
  return buildFollowUpReport({
    lang,
    generatedAt: now.toISOString(),
    followUp,
    draft: { title: to.title || draft.title, language: to.language },
    versions: { from: from.number, to: to.number },
    review: { id: review.id, title: review.title },
    pack: packVersion(meta, review.methodologyId, review.methodologyVersion),
    unitLabels: new Map(units.map((u) => [u.id, u.label])),
  })
}
