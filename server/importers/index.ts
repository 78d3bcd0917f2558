import { tooLarge, unprocessable } from '../domainErrors.js'
import { decodeText } from './decodeText.js'
import { docxToText } from './docx.js'
import { draftFileKind } from './fileType.js'
import { htmlToText } from './html.js'
import { IMPORT_LIMITS } from './limits.js'
import { markdownToText } from './markdown.js'
import { normalizeText } from './normalizeText.js'
import { pdfToText } from './pdf.js'

export type { DraftFileKind } from './fileType.js'
export { IMPORT_LIMITS } from './limits.js'

/** An uploaded draft file. */
export interface DraftFile {
  name: string
  type?: string
  bytes: Uint8Array
}

/** Options for tests and tools; the defaults are the production limits. */
export interface ExtractOptions {
  timeoutMs?: number
}

/**
 * Extracts a draft's plain text (and a title when the file names one) from a .docx, .pdf,
 * .html, .md or .txt upload, ready for `parseDraft`. Errors are DomainErrors: too large over 20 MB (or
 * a DOCX that expands too far), 415 for other formats, 422 for empty, damaged, scanned or
 * zip-bomb files and for conversions that exceed the time or memory limit.
 */
export async function extractDraftText(
  file: DraftFile,
  options: ExtractOptions = {},
): Promise<{ text: string; title?: string }> {
  const { bytes } = file
  if (bytes.byteLength > IMPORT_LIMITS.maxUploadBytes) {
    throw tooLarge(`The file is larger than ${IMPORT_LIMITS.maxUploadBytes / 1024 / 1024} MB.`)
  }
  if (bytes.byteLength === 0) throw unprocessable('The file is empty.', 'empty_file')
  const kind = draftFileKind(file.name, file.type, bytes)
  const raw =
    kind === 'docx'
      ? await docxToText(bytes, options.timeoutMs)
      : kind === 'pdf'
        ? await pdfToText(bytes, options.timeoutMs)
        : kind === 'html'
          ? htmlToText(decodeText(bytes))
          : kind === 'md'
            ? markdownToText(decodeText(bytes))
            : { text: decodeText(bytes) }
  const text = normalizeText(raw.text)
  if (!/\p{L}/u.test(text)) throw unprocessable('The file contains no text.', 'empty_file')
  if (text.length > IMPORT_LIMITS.maxTextChars) throw tooLarge('The draft text is too long.')
  const title = raw.title ? normalizeText(raw.title).replace(/\n/g, ' ').slice(0, 500) : undefined
  return title ? { text, title } : { text }
}
