/** ASCII-safe export file names: `shaffof-<draft slug>-<scope>-<lang>.<ext>`. */
import type { ReportModel } from '../../shared/reports/schema.js'
import { cyrillicToLatin } from '../../shared/translit/toLatin.js'

/** Lower-case ASCII words joined by '-', at most `max` characters; '' when nothing is left. */
export function slugify(text: string, max = 40): string {
  // Cyrillic is romanised by the official Uzbek alphabet; apostrophe letters (oʻ, gʻ, eʼ) then
  // vanish rather than split a word in two.
  const latin = cyrillicToLatin(text).replace(/[ʻʼ’'`]/g, '')
  return latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}

/** The download name of a report in one format. */
export function reportFileName(model: Pick<ReportModel, 'act' | 'scope' | 'lang'>, ext: string): string {
  const draft = slugify(model.act.title) || 'draft'
  const scope =
    model.scope.kind === 'consolidated' ? 'consolidated' : `group-${slugify(model.scope.name, 24) || 'group'}`
  return `shaffof-${draft}-${scope}-${model.lang}.${ext}`
}
