// Reads the text layer of a PDF with pdf.js inside a worker thread (see runWorker.ts): every
// text item with its position, page by page. Layout analysis happens in pdfLayout.ts.
import { parentPort, workerData } from 'node:worker_threads'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'

const MAX_PAGES = 3000

try {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(workerData.bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise
  if (doc.numPages > MAX_PAGES) {
    parentPort.postMessage({
      ok: false,
      kind: 'too_large',
      code: 'too_large',
      message: `The PDF has more than ${MAX_PAGES} pages.`,
    })
  } else {
    const meta = await doc.getMetadata().catch(() => null)
    const pages = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      const items = []
      for (const it of content.items) {
        if (typeof it.str !== 'string') continue
        items.push({
          s: it.str,
          x: it.transform[4],
          y: it.transform[5],
          w: it.width,
          h: it.height || Math.abs(it.transform[3]),
          f: it.fontName,
        })
      }
      pages.push(items)
      page.cleanup()
    }
    const title = typeof meta?.info?.Title === 'string' ? meta.info.Title : undefined
    parentPort.postMessage({ ok: true, value: { pages, title } })
  }
} catch (err) {
  const name = err && typeof err === 'object' ? err.name : ''
  parentPort.postMessage({
    ok: false,
    kind: 'unprocessable',
    code: name === 'PasswordException' ? 'encrypted_pdf' : 'corrupt_file',
    message:
      name === 'PasswordException'
        ? 'The PDF is password-protected; remove the password and upload it again.'
        : 'The PDF could not be read; it may be damaged.',
  })
}
