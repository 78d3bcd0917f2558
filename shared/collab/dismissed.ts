/** Detector suggestions the group rejected. */
import type * as Y from 'yjs'
import type { Dismissal } from '../domain/roomEntries.js'
import { decodeDismissal, decodeMap } from './decode.js'
import { dismissedMap } from './layout.js'

/** Every dismissal that decodes, by suggestion key. */
export function readDismissed(doc: Y.Doc): Map<string, Dismissal> {
  return decodeMap(doc, dismissedMap(doc), 'dismissed', decodeDismissal)
}
