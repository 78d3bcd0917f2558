/**
 * `writeReport`: the one entry point the report route calls. Picks the writer for a format and names
 * the file; every writer takes the same `ReportModel` from `shared/reports/model.ts`.
 */
import type { ReportModel } from '../../shared/reports/schema.js'
import { writeCsv } from './csv.js'
import { reportFileName } from './fileName.js'
import { type ExportFormat, type ReportFile, writeFile } from './formats.js'
import { writeHtml } from './html.js'
import { writeJson } from './json.js'
import { writeMarkdown } from './markdown.js'
import { writeW3c } from './w3c.js'

export { EXPORT_FORMATS, type ExportFormat, type ReportFile } from './formats.js'

const TEXT_WRITERS = { html: writeHtml, md: writeMarkdown, csv: writeCsv, json: writeJson, w3c: writeW3c }

/** Writes the model in one format. */
export function writeReport(model: ReportModel, format: ExportFormat): Promise<ReportFile> {
  return writeFile(model, format, TEXT_WRITERS, (ext) => reportFileName(model, ext))
}
