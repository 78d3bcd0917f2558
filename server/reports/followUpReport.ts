/** `writeFollowUpReport`: the follow-up conclusion in one export format, named like the other reports. */
import type { FollowUpReportModel } from '../../shared/reports/followUpModel.js'
import { slugify } from './fileName.js'
import { followUpCsv, followUpHtml, followUpJson, followUpMarkdown, followUpW3c } from './followUpText.js'
import type { ExportFormat, ReportFile } from './index.js'
import { renderReport } from './renderer.js'

const WRITERS: Record<
  ExportFormat,
  { ext: string; contentType: string; write: (m: FollowUpReportModel) => Promise<Uint8Array> | string }
> = {
  docx: {
    ext: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: (m) => renderReport('docx', m),
  },
  pdf: { ext: 'pdf', contentType: 'application/pdf', write: (m) => renderReport('pdf', m) },
  html: { ext: 'html', contentType: 'text/html; charset=utf-8', write: followUpHtml },
  md: { ext: 'md', contentType: 'text/markdown; charset=utf-8', write: followUpMarkdown },
  csv: { ext: 'csv', contentType: 'text/csv; charset=utf-8; header=present', write: followUpCsv },
  json: { ext: 'json', contentType: 'application/json; charset=utf-8', write: followUpJson },
  w3c: {
    ext: 'jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    write: followUpW3c,
  },
}

/** The file of the follow-up conclusion: `shaffof-<draft>-follow-up-v<n>-<lang>.<ext>`. */
export async function writeFollowUpReport(m: FollowUpReportModel, format: ExportFormat): Promise<ReportFile> {
  const w = WRITERS[format]
  const draft = slugify(m.act.title) || 'draft'
  return {
    body: await w.write(m),
    contentType: w.contentType,
    fileName: `shaffof-${draft}-follow-up-v${m.act.to.number}-${m.lang}.${w.ext}`,
  }
}
