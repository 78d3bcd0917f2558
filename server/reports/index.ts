/**
 * `writeReport`: the one entry point the report route calls. Picks the writer for a format and names
 * the file; every writer takes the same `ReportModel` from `shared/reports/model.ts`.
 */
import type { ReportModel } from '../../shared/reports/schema.js'
import { writeCsv } from './csv.js'
import { reportFileName } from './fileName.js'
import { writeHtml } from './html.js'
import { writeJson } from './json.js'
import { writeMarkdown } from './markdown.js'
import { renderReport } from './renderer.js'
import { writeW3c } from './w3c.js'

/** Every export format. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'json', 'w3c'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A written report, ready for a response: body, MIME type and an ASCII-safe file name. */
export type ReportFile = { body: Uint8Array | string; contentType: string; fileName: string }

const WRITERS: Record<
  ExportFormat,
  { ext: string; contentType: string; write: (m: ReportModel) => Promise<Uint8Array> | string }
> = {
  docx: {
    ext: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    // In a worker thread: seconds of CPU for a big report must not stall the live rooms.
    write: (m) => renderReport('docx', m),
  },
  pdf: {
    ext: 'pdf',
    contentType: 'application/pdf',
    write: (m) => renderReport('pdf', m),
  },
  html: { ext: 'html', contentType: 'text/html; charset=utf-8', write: writeHtml },
  md: { ext: 'md', contentType: 'text/markdown; charset=utf-8', write: writeMarkdown },
  csv: { ext: 'csv', contentType: 'text/csv; charset=utf-8; header=present', write: writeCsv },
  json: { ext: 'json', contentType: 'application/json; charset=utf-8', write: writeJson },
  w3c: {
    ext: 'jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    write: writeW3c,
  },
}

/** Writes the model in one format. */
export async function writeReport(model: ReportModel, format: ExportFormat): Promise<ReportFile> {
  const writer = WRITERS[format]
  return {
    body: await writer.write(model),
    contentType: writer.contentType,
    fileName: reportFileName(model, writer.ext),
  }
}
