/**
 * Worker thread that runs the marker detector for one draft version (server/commands/suggestions.ts).
 * Any participant can ask for suggestions, and a pathological unit once took seconds of matching: here
 * it costs a worker, under a time limit, while the main thread keeps serving the rooms and the API.
 * One request message `{ units, pack, language, explainIn }` (workerData is the TypeScript loader's
 * when running from source); reply: `{ ok: true, suggestions }` or `{ ok: false, message }`.
 */
import { parentPort } from 'node:worker_threads'
import { detect, type Suggestion } from '../../shared/detector/index.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import type { Methodology } from '../../shared/methodology/index.js'

export type DetectRequest = {
  units: Unit[]
  pack: Methodology
  language: LanguageTag
  explainIn: LanguageTag
}
export type DetectReply = { ok: true; suggestions: Suggestion[] } | { ok: false; message: string }

parentPort?.once('message', ({ units, pack, language, explainIn }: DetectRequest) => {
  try {
    const suggestions = detect(units, pack, { language, explainIn })
    parentPort?.postMessage({ ok: true, suggestions } satisfies DetectReply)
  } catch (err) {
    parentPort?.postMessage({ ok: false, message: String(err) } satisfies DetectReply)
  }
})
