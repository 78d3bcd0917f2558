/**
 * Worker thread that renders DOCX and PDF reports (server/reports/renderer.ts). Building a
 * 1,000-finding PDF takes seconds of CPU and a few hundred MB of short-lived objects; here that
 * neither stalls the live rooms on the main thread nor grows the main thread's heap.
 * Requests: `{ id, format, model }`; replies: `{ id, ok: true, bytes }` or `{ id, ok: false, message }`.
 */
import { parentPort } from 'node:worker_threads'
import type { FollowUpReportModel } from '../../shared/reports/followUpModel.js'
import type { ReportModel } from '../../shared/reports/schema.js'

export type RenderRequest = { id: number; format: 'docx' | 'pdf'; model: ReportModel | FollowUpReportModel }
export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string }

async function render(format: RenderRequest['format'], model: RenderRequest['model']): Promise<Uint8Array> {
  if (model.schema === 'shaffof.follow-up/1') {
    const followUp = await import('../reports/followUpBinary.js')
    return format === 'docx' ? followUp.followUpDocx(model) : followUp.followUpPdf(model)
  }
  if (format === 'docx') return (await import('../reports/docx.js')).writeDocx(model)
  return (await import('../reports/pdf.js')).writePdf(model)
}

parentPort?.on('message', async ({ id, format, model }: RenderRequest) => {
  try {
    const bytes = await render(format, model)
    parentPort?.postMessage({ id, ok: true, bytes } satisfies RenderReply, [bytes.buffer as ArrayBuffer])
  } catch (err) {
    parentPort?.postMessage({ id, ok: false, message: String(err) } satisfies RenderReply)
  }
})
