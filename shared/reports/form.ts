/**
 * The official form around a conclusion: the legal basis line (the acts the pack names), the drafting
 * body and outgoing number the person exporting fills in, and the notices a reader must see — factor
 * names that are working names or translations, and how the article checklist was counted.
 */
import { nameStanding } from '../methodology/standing.js'
import { reportText } from './i18n.js'
import type { ReportInput } from './input.js'
import type { ReportModel } from './schema.js'

/** The form's header fields; '' means "leave a line to fill in by hand". */
export function formOf(input: ReportInput): ReportModel['form'] {
  const { pack, lang } = input
  return {
    basis: pack.basis?.[lang] ?? pack.titles?.[lang] ?? pack.title,
    draftingBody: input.options?.draftingBody?.trim() ?? '',
    outgoingNumber: input.options?.outgoingNumber?.trim() ?? '',
  }
}

/** The notices of the report, in its language. */
export function formNotices(input: ReportInput): string[] {
  const t = reportText(input.lang)
  const notices: string[] = []
  const { pack } = input
  const standing = nameStanding(pack, input.lang)
  if (standing === 'working') notices.push(t.notice.workingNames)
  if (standing === 'translation' && pack.sourceLanguage)
    notices.push(t.notice.translatedNames(t.languageName[pack.sourceLanguage]))
  if (input.scope.kind === 'consolidated') notices.push(t.notice.checklistFromGroups)
  return notices
}
