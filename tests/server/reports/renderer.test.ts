/**
 * DOCX and PDF are rendered in a worker thread (server/reports/renderer.ts): a big export must not
 * stall the main thread, where every live room is served.
 */
import { describe, expect, it } from 'vitest'
import { writeReport } from '../../../server/reports/index.js'
import { buildReport } from '../../../shared/reports/model.js'
import { sampleReportInput } from '../../helpers/reportSample.js'

/** Longest gap between 5 ms ticks while `work` runs: how long the main thread was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now()
  let stallMs = 0
  const tick = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 5)
  try {
    const value = await work()
    // A render that never yielded leaves no tick behind: count the gap up to now too.
    return { value, stallMs: Math.max(stallMs, performance.now() - last) }
  } finally {
    clearInterval(tick)
  }
}

describe('report rendering off the main thread', () => {
  it('writes a 400-finding PDF and DOCX while the main thread keeps ticking', async () => {
    const model = buildReport(sampleReportInput({ lang: 'ru', articles: 100, findings: 400 }))
    expect(model.findings.length).toBe(400)
    // Warm the worker up: its first start loads docx and pdfmake.
    await writeReport(buildReport(sampleReportInput({ lang: 'ru' })), 'pdf')

    const started = performance.now()
    const pdf = await longestStall(() => writeReport(model, 'pdf'))
    const renderMs = performance.now() - started
    const docx = await longestStall(() => writeReport(model, 'docx'))

    expect(new TextDecoder().decode((pdf.value.body as Uint8Array).slice(0, 5))).toBe('%PDF-')
    expect(String.fromCharCode(...(docx.value.body as Uint8Array).slice(0, 2))).toBe('PK')
    // Rendered in-thread, this PDF blocks the loop for its whole render (hundreds of ms at least).
    expect(renderMs).toBeGreaterThan(150)
    expect(pdf.stallMs).toBeLessThan(120)
    expect(docx.stallMs).toBeLessThan(120)
  }, 60_000)

  it('renders several exports at once, each to its own file', async () => {
    const models = (['en', 'ru', 'uz-Cyrl'] as const).map((lang) =>
      buildReport(sampleReportInput({ lang, findings: 6, articles: 3 })),
    )
    const files = await Promise.all(models.map((m) => writeReport(m, 'docx')))
    expect(new Set(files.map((f) => f.fileName)).size).toBe(3)
    for (const f of files) expect((f.body as Uint8Array).length).toBeGreaterThan(1000)
  })
})
