/** The article checklist of a room: one mark per article. */
import type * as Y from 'yjs'
import type { ChecklistMark } from '../domain/roomEntries.js'
import { decodeChecklistMark, decodeMap, reportUndecodable } from './decode.js'
import { checklistMap } from './layout.js'

/** A finding marks its article "factor found" automatically, unless a member already did. */
export function markChecklistFound(doc: Y.Doc, unitId: string): void {
  const c = checklistMap(doc)
  if (c.get(unitId) !== 'found') c.set(unitId, 'found')
}

export function setChecklist(doc: Y.Doc, unitId: string, mark: ChecklistMark): void {
  checklistMap(doc).set(unitId, mark)
}

/**
 * Every mark that decodes, by unit id; given the draft's unit ids (`units`), marks of units the draft
 * does not have are skipped too.
 */
export function readChecklist(doc: Y.Doc, units?: ReadonlyMap<string, unknown>): Map<string, ChecklistMark> {
  const marks = decodeMap(doc, checklistMap(doc), 'checklist', decodeChecklistMark)
  if (!units) return marks
  const unknown = [...marks.keys()].filter((id) => !units.has(id))
  for (const id of unknown) marks.delete(id)
  reportUndecodable(doc, 'checklist', unknown)
  return marks
}
