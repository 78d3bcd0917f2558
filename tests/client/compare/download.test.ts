import { describe, expect, it } from 'vitest'
import {
  filenameFromDisposition,
  type Progress,
  readWithProgress,
  reportUrl,
  sanitizeFilename,
} from '../../../client/features/compare/export/download'

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++])
      else controller.close()
    },
  })
}

describe('report download helpers', () => {
  it('builds the contract report URL with every parameter encoded', () => {
    expect(reportUrl('rev 1', { scope: 'group:g/1', format: 'docx', lang: 'uz-Cyrl' })).toBe(
      '/api/reviews/rev%201/report?scope=group%3Ag%2F1&format=docx&lang=uz-Cyrl',
    )
  })

  it('reads the file name from Content-Disposition, preferring the UTF-8 form', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="xulosa.docx"; filename*=UTF-8''%D0%B7%D0%B0%D0%BA%D0%BB%D1%8E%D1%87%D0%B5%D0%BD%D0%B8%D0%B5.docx`,
        'x',
      ),
    ).toBe('заключение.docx')
    expect(filenameFromDisposition('attachment; filename="report.pdf"', 'x')).toBe('report.pdf')
    expect(filenameFromDisposition('attachment; filename=plain.csv', 'x')).toBe('plain.csv')
    expect(filenameFromDisposition(null, 'fallback.md')).toBe('fallback.md')
    expect(filenameFromDisposition('attachment', 'fallback.md')).toBe('fallback.md')
  })

  it('never lets a server name pick a folder', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('_.._etc_passwd')
    expect(filenameFromDisposition('attachment; filename="..\\evil.docx"', 'x')).toBe('_evil.docx')
  })

  it('reports progress chunk by chunk up to Content-Length and keeps the bytes and type', async () => {
    const chunks = [new Uint8Array(1000).fill(1), new Uint8Array(2000).fill(2), new Uint8Array(500).fill(3)]
    const res = new Response(streamOf(chunks), {
      headers: { 'Content-Type': 'application/pdf', 'Content-Length': '3500' },
    })
    const seen: Progress[] = []
    const blob = await readWithProgress(res, (p) => seen.push(p))
    expect(seen.map((p) => p.loaded)).toEqual([0, 1000, 3000, 3500])
    expect(seen.every((p) => p.total === 3500)).toBe(true)
    expect(blob.size).toBe(3500)
    expect(blob.type).toBe('application/pdf')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([bytes[0], bytes[1000], bytes[3499]]).toEqual([1, 2, 3])
  })

  it('has no total when the length is unknown or the body is compressed', async () => {
    const seen: Progress[] = []
    await readWithProgress(new Response(streamOf([new Uint8Array(10)])), (p) => seen.push(p))
    expect(seen.at(-1)).toEqual({ loaded: 10, total: null })
    const gz: Progress[] = []
    await readWithProgress(
      new Response(streamOf([new Uint8Array(4)]), {
        headers: { 'Content-Length': '4', 'Content-Encoding': 'gzip' },
      }),
      (p) => gz.push(p),
    )
    expect(gz.at(-1)?.total).toBeNull()
  })
})
