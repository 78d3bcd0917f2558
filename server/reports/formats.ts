/**
 * The export formats and what each one's file is (extension, MIME type), shared by the report of a
 * scope and the follow-up conclusion, so the two cannot drift apart. DOCX and PDF render in the
 * worker thread (renderer.ts): seconds of CPU for a big report must not stall the live rooms.
 */
import { renderReport } from './renderer.js'

/** Every export format. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'json', 'w3c'] as const
/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A written report, ready for a response: body, MIME type and an ASCII-safe file name. */
export type ReportFile = { body: Uint8Array | string; contentType: string; fileName: string }

/** Extension and MIME type of each format's file. */
const FILES: Record<ExportFormat, { ext: string; contentType: string }> = {
  docx: {
    ext: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { ext: 'pdf', contentType: 'application/pdf' },
  html: { ext: 'html', contentType: 'text/html; charset=utf-8' },
  md: { ext: 'md', contentType: 'text/markdown; charset=utf-8' },
  csv: { ext: 'csv', contentType: 'text/csv; charset=utf-8; header=present' },
  json: { ext: 'json', contentType: 'application/json; charset=utf-8' },
  w3c: { ext: 'jsonld', contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
}

/** The writers of the text formats for one kind of model; DOCX and PDF come from the renderer. */
export type TextWriters<M> = Record<Exclude<ExportFormat, 'docx' | 'pdf'>, (model: M) => string>

/**
 * Writes `model` in `format` with the given text writers (or the renderer for DOCX and PDF) and names
 * the file with `fileName(ext)`.
 */
export async function writeFile<M extends Parameters<typeof renderReport>[1]>(
  model: M,
  format: ExportFormat,
  writers: TextWriters<M>,
  fileName: (ext: string) => string,
): Promise<ReportFile> {
  const { ext, contentType } = FILES[format]
  const body =
    format === 'docx' || format === 'pdf' ? await renderReport(format, model) : writers[format](model)
  return { body, contentType, fileName: fileName(ext) }
}
