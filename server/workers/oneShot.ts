/**
 * One answer from a worker thread under a time limit: the first of its reply, an error, its exit or
 * the deadline settles the promise, and the worker is terminated either way. Used for work that must
 * not stall the main thread and must not run forever (file converters, the detector).
 */
import type { Worker } from 'node:worker_threads'

/** How each way a worker can end becomes the promise's outcome. */
export type OneShotOutcomes<R, T> = {
  reply: (reply: R) => T | Error
  timeout: () => Error
  error: (err: Error & { code?: string }) => Error
  exit: () => Error
}

/** Settle on the worker's first reply (or failure, exit, deadline), then terminate it. */
export function oneShot<R, T>(worker: Worker, timeoutMs: number, on: OneShotOutcomes<R, T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false
    const finish = (outcome: T | Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
    const timer = setTimeout(() => finish(on.timeout()), timeoutMs)
    worker.once('message', (reply: R) => finish(on.reply(reply)))
    worker.once('error', (err: Error & { code?: string }) => finish(on.error(err)))
    worker.once('exit', () => finish(on.exit()))
  })
}
