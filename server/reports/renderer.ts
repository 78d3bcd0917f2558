/**
 * DOCX and PDF rendering in one long-lived worker thread (server/workers/renderReport.ts): the first
 * export starts it, later ones find docx and pdfmake already loaded, and it exits after a minute
 * without work. Requests queue in the worker; a stuck render is cut off and the worker restarted.
 */
import type { Worker } from 'node:worker_threads'
import type { FollowUpReportModel } from '../../shared/reports/followUpModel.js'
import type { ReportModel } from '../../shared/reports/schema.js'
import { appWorker } from '../paths.js'
import type { RenderReply } from '../workers/renderReport.js'

const IDLE_EXIT_MS = 60_000
const RENDER_TIMEOUT_MS = 120_000
// Its own heap settings, whatever the main thread runs with: rendering makes many short-lived objects.
const LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 32 }

type Pending = { resolve: (bytes: Uint8Array) => void; reject: (err: Error) => void; timer: NodeJS.Timeout }

let worker: Worker | null = null
let idleTimer: NodeJS.Timeout | undefined
let nextId = 1
const pending = new Map<number, Pending>()

function settle(id: number, outcome: (p: Pending) => void): void {
  const p = pending.get(id)
  if (!p) return
  pending.delete(id)
  clearTimeout(p.timer)
  outcome(p)
  if (pending.size === 0 && worker) {
    const idle = worker
    idleTimer = setTimeout(() => void idle.terminate(), IDLE_EXIT_MS)
    idleTimer.unref()
  }
}

function failAll(err: Error): void {
  for (const id of [...pending.keys()]) settle(id, (p) => p.reject(err))
}

function ensureWorker(): Worker {
  clearTimeout(idleTimer)
  if (worker) return worker
  const w = appWorker('renderReport', { resourceLimits: LIMITS })
  w.on('message', (reply: RenderReply) =>
    settle(reply.id, (p) => (reply.ok ? p.resolve(reply.bytes) : p.reject(new Error(reply.message)))),
  )
  w.on('error', (err) => failAll(err))
  w.on('exit', () => {
    if (worker === w) worker = null
    failAll(new Error('The report renderer stopped.'))
  })
  // An idle renderer must not keep a process (tests, scripts) alive; the HTTP server keeps ours.
  w.unref()
  worker = w
  return w
}

/** Render `model` as DOCX or PDF off the main thread. */
export function renderReport(
  format: 'docx' | 'pdf',
  model: ReportModel | FollowUpReportModel,
): Promise<Uint8Array> {
  const w = ensureWorker()
  const id = nextId++
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      settle(id, (p) =>
        p.reject(new Error(`Rendering the ${format} report took over ${RENDER_TIMEOUT_MS / 1000} s.`)),
      )
      void w.terminate()
    }, RENDER_TIMEOUT_MS)
    pending.set(id, { resolve, reject, timer })
    w.postMessage({ id, format, model })
  })
}
