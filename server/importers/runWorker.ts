import { Worker } from 'node:worker_threads'
import { DomainError, unprocessable } from '../domainErrors.js'
import { oneShot } from '../workers/oneShot.js'
import { IMPORT_LIMITS } from './limits.js'

/** What a converter worker posts back: its result, or a refusal with a kind (domainErrors.ts) and code. */
type WorkerReply<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'too_large' | 'unprocessable'; code: string; message: string }

/**
 * Runs a converter (mammoth, pdf.js) in a worker thread with a heap limit and a time limit, so a
 * crafted file can neither block the server nor exhaust its memory. The bytes are copied into
 * the worker; the caller's buffer stays usable.
 */
export function runConverter<T>(script: URL, bytes: Uint8Array, timeoutMs: number, what: string): Promise<T> {
  const copy = bytes.slice()
  const worker = new Worker(script, {
    workerData: { bytes: copy },
    transferList: [copy.buffer as ArrayBuffer],
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb },
    stdout: true,
    stderr: true,
  })
  return oneShot<WorkerReply<T>, T>(worker, timeoutMs, {
    reply: (reply) => (reply.ok ? reply.value : new DomainError(reply.kind, reply.code, reply.message)),
    timeout: () =>
      unprocessable(
        `Reading the ${what} took longer than ${Math.round(timeoutMs / 1000)} s; the file is too complex.`,
        'import_timeout',
      ),
    error: (err) =>
      err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? unprocessable(`The ${what} needs too much memory to read.`, 'import_too_complex')
        : unprocessable(`The ${what} could not be read; it may be damaged.`, 'corrupt_file'),
    exit: () => unprocessable(`The ${what} could not be read.`, 'corrupt_file'),
  })
}
