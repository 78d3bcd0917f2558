import { importerWorker } from '../paths.js'
import { htmlToText } from './html.js'
import { IMPORT_LIMITS } from './limits.js'
import { runConverter } from './runWorker.js'
import { inspectDocxZip } from './zipGuard.js'

const WORKER = importerWorker('docxWorker.mjs')

/** Text and (first Heading 1) title of a DOCX: zip checks first, then mammoth in a worker. */
export async function docxToText(
  bytes: Uint8Array,
  timeoutMs: number = IMPORT_LIMITS.docxTimeoutMs,
): Promise<{ text: string; title?: string }> {
  inspectDocxZip(bytes)
  const html = await runConverter<string>(WORKER, bytes, timeoutMs, 'Word document')
  return htmlToText(html)
}
