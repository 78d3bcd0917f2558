// Converts a DOCX to HTML with mammoth inside a worker thread (see runWorker.ts). Images are
// not embedded and external files are never read; the HTML is parsed, never rendered.
import { parentPort, workerData } from 'node:worker_threads'
import mammoth from 'mammoth'

try {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(workerData.bytes) },
    {
      ignoreEmptyParagraphs: false,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  )
  parentPort.postMessage({ ok: true, value: result.value })
} catch {
  parentPort.postMessage({
    ok: false,
    kind: 'unprocessable',
    code: 'corrupt_file',
    message: 'The Word document could not be read; it may be damaged or not a .docx file.',
  })
}
