/** The article checklist of a room: one mark per article. */
import type * as Y from 'yjs'
import type { ChecklistMark } from '../domain/roomEntries.js'
import { decodeChecklistMark, decodeMap } from './decode.js'
import { checklistMap } from './layout.js'

/** A finding marks its article "factor found" automatically, unless a member already did. */
export function markChecklistFound(doc: Y.Doc, unitId: string): void {
  const c = checklistMap(doc)
  if (c.get(unitId) !== 'found') c.set(unitId, 'found')
}

export function setChecklist(doc: Y.Doc, unitId: string, mark: ChecklistMark): void {
  checklistMap(doc).set(unitId, mark)
}

/** Every mark that decodes, by unit id. */
export function readChecklist(doc: Y.Doc): Map<string, ChecklistMark> {
  return decodeMap(doc, checklistMap(doc), 'checklist', decodeChecklistMark)
}
