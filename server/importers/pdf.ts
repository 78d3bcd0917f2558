import { unprocessable } from '../domainErrors.js'
import { importerWorker } from '../paths.js'
import { IMPORT_LIMITS } from './limits.js'
import { type PdfItem, pdfItemsToText } from './pdfLayout.js'
import { runConverter } from './runWorker.js'

const WORKER = importerWorker('pdfWorker.mjs')

/** Text of a PDF's text layer with wrapped lines rejoined; a PDF without one (a scan) is refused. */
export async function pdfToText(
  bytes: Uint8Array,
  timeoutMs: number = IMPORT_LIMITS.pdfTimeoutMs,
): Promise<{ text: string; title?: string }> {
  const { pages, title } = await runConverter<{ pages: PdfItem[][]; title?: string }>(
    WORKER,
    bytes,
    timeoutMs,
    'PDF',
  )
  const text = pdfItemsToText(pages)
  if (text.replace(/\s/g, '').length < 20) {
    throw unprocessable(
      'The PDF has no text layer (it looks scanned). OCR is not supported; upload a DOCX or a PDF with text.',
      'no_text_layer',
    )
  }
  const t = title?.trim()
  return t && !/^untitled$/i.test(t) ? { text, title: t } : { text }
}
