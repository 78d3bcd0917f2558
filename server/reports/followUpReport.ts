/** `writeFollowUpReport`: the follow-up conclusion in one export format, named like the other reports. */
import type { FollowUpReportModel } from '../../shared/reports/followUpModel.js'
import { slugify } from './fileName.js'
import { followUpCsv, followUpHtml, followUpJson, followUpMarkdown, followUpW3c } from './followUpText.js'
import { type ExportFormat, type ReportFile, writeFile } from './formats.js'

const TEXT_WRITERS = {
  html: followUpHtml,
  md: followUpMarkdown,
  csv: followUpCsv,
  json: followUpJson,
  w3c: followUpW3c,
}

/** The file of the follow-up conclusion: `shaffof-<draft>-follow-up-v<n>-<lang>.<ext>`. */
export function writeFollowUpReport(m: FollowUpReportModel, format: ExportFormat): Promise<ReportFile> {
  const draft = slugify(m.act.title) || 'draft'
  return writeFile(
    m,
    format,
    TEXT_WRITERS,
    (ext) => `shaffof-${draft}-follow-up-v${m.act.to.number}-${m.lang}.${ext}`,
  )
}
