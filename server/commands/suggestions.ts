/**
 * Detector suggestions for one draft version, cached. Versions and pack versions are immutable, so
 * (version, pack@version, explanation language) always gives the same list; on a 1.5 MB act the scan
 * takes over half a second, and every group member's room asks for it. The scan runs in a worker
 * thread under a time limit (a pathological unit must not stall the rooms), and concurrent asks for
 * the same key share one run.
 */

import type { Suggestion } from '../../shared/detector/index.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import type { Methodology } from '../../shared/methodology/index.js'
import { unprocessable } from '../errors.js'
import { appWorker } from '../paths.js'
import type { DetectReply, DetectRequest } from '../workers/detectSuggestions.js'
import { oneShot } from '../workers/oneShot.js'

const MAX_ENTRIES = 32
/** A scan that takes longer is stopped; the route answers 422 `detector_timeout`. */
export const DETECT_TIMEOUT_MS = 10_000
const cache = new Map<string, Suggestion[]>()
const running = new Map<string, Promise<Suggestion[]>>()

/** The suggestions of a version under a pack, computed once per (version, pack version, language). */
export async function versionSuggestions(
  version: { id: string; language: LanguageTag },
  pack: Methodology,
  explainIn: LanguageTag,
  loadUnits: () => Promise<Unit[]>,
): Promise<Suggestion[]> {
  const key = `${version.id}|${pack.id}@${pack.version}|${explainIn}`
  const hit = cache.get(key)
  if (hit) {
    // Refresh its place: the map's order is the eviction order (oldest first).
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  let run = running.get(key)
  if (!run) {
    run = loadUnits()
      .then((units) => detectInWorker({ units, pack, language: version.language, explainIn }))
      .finally(() => running.delete(key))
    running.set(key, run)
  }
  const found = await run
  cache.set(key, found)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return found
}

/** Run the detector in a worker; 422 when it takes longer than `timeoutMs` or fails. */
export function detectInWorker(request: DetectRequest, timeoutMs = DETECT_TIMEOUT_MS): Promise<Suggestion[]> {
  const worker = appWorker('detectSuggestions')
  worker.postMessage(request)
  const failed = () => unprocessable('The detector failed on this draft.', 'detector_failed')
  return oneShot<DetectReply, Suggestion[]>(worker, timeoutMs, {
    reply: (reply) => (reply.ok ? reply.suggestions : failed()),
    timeout: () =>
      unprocessable(
        `Finding suggestions took longer than ${timeoutMs / 1000} s; the draft is too complex.`,
        'detector_timeout',
      ),
    error: failed,
    exit: failed,
  })
}
