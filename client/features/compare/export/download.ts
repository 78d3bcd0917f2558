/**
 * Report files on the client: the report query and its URL, reading a body with progress, the file's
 * name from the answer, and handing the file to the browser (the fetch itself is in `api.ts`).
 */

/** Report formats the server writes (`format=` values). */
export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'csv', 'json', 'w3c'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The report query of one export; the form fields and the annex choice are optional. */
export type ReportQuery = {
  scope: string
  format: ReportFormat
  lang: string
  annex?: boolean
  draftingBody?: string
  outgoingNumber?: string
}

/** `GET /api/reviews/:id/report?scope=…&format=…&lang=…[&annex=…&draftingBody=…&outgoingNumber=…]`. */
export function reportUrl(reviewId: string, q: ReportQuery): string {
  const params = new URLSearchParams({ scope: q.scope, format: q.format, lang: q.lang })
  if (q.annex !== undefined) params.set('annex', q.annex ? '1' : '0')
  if (q.draftingBody?.trim()) params.set('draftingBody', q.draftingBody.trim())
  if (q.outgoingNumber?.trim()) params.set('outgoingNumber', q.outgoingNumber.trim())
  return `/api/reviews/${encodeURIComponent(reviewId)}/report?${params}`
}

/** The file name from a Content-Disposition header (RFC 6266 `filename*` first), or `fallback`. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (star?.[2]) {
    try {
      return sanitizeFilename(decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''))) || fallback
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header)
  const name = plain ? (plain[2] ?? plain[1] ?? '').trim() : ''
  return sanitizeFilename(name) || fallback
}

/** Keep a server-suggested name to a plain file name (no folders, no control characters). */
export function sanitizeFilename(name: string): string {
  const isUnsafe = (ch: string) =>
    ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '/' || ch === '\\'
  return [...name]
    .map((ch) => (isUnsafe(ch) ? '_' : ch))
    .join('')
    .replace(/^\.+/, '')
    .slice(0, 200)
}

/** Progress of a download: bytes so far and the total when the server told us (Content-Length). */
export type Progress = { loaded: number; total: number | null }

/** Read a response body to a Blob, reporting progress after every chunk. */
export async function readWithProgress(res: Response, onProgress: (p: Progress) => void): Promise<Blob> {
  const type = res.headers.get('Content-Type') ?? 'application/octet-stream'
  const length = Number(res.headers.get('Content-Length'))
  // A compressed response's Content-Length counts compressed bytes, so it is no use as a total then.
  const total = Number.isFinite(length) && length > 0 && !res.headers.get('Content-Encoding') ? length : null
  if (!res.body) {
    const blob = await res.blob()
    onProgress({ loaded: blob.size, total: blob.size })
    return new Blob([blob], { type })
  }
  const reader = res.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let loaded = 0
  onProgress({ loaded, total })
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value as Uint8Array<ArrayBuffer>)
    loaded += value.byteLength
    onProgress({ loaded, total })
  }
  return new Blob(chunks, { type })
}

/** A fetched report. */
export type ReportFile = { blob: Blob; filename: string; contentType: string }

/** Hand a fetched file to the browser as a download. */
export function saveFile(file: ReportFile): void {
  const url = URL.createObjectURL(file.blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.filename
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Give the browser time to start reading the blob before it goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
