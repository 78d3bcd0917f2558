/**
 * Local changes to a room go through one transaction origin, so a Y.UndoManager can undo exactly
 * one's own commands: remote updates (origin: the provider), IndexedDB restores (origin: the
 * persistence) and rich-text typing (origin: y-tiptap, which has its own undo) are not tracked.
 */
import * as Y from 'yjs'
import { checklistMap, commentsArray, dismissedMap, findingsMap, votesMap } from '../../shared/collab/roomDoc'

/** The origin of every command this client runs on a room doc. */
export const LOCAL_ORIGIN = { name: 'shaffof-local' } as const

/** Run `fn` in one transaction tagged as a local command. */
export function runLocal<T>(doc: Y.Doc, fn: () => T): T {
  let out!: T
  doc.transact(() => {
    out = fn()
  }, LOCAL_ORIGIN)
  return out
}

/**
 * Undo/redo of one's own commands. The audit trail is deliberately outside the scope: it is
 * append-only, so an undone change still leaves its trace.
 */
export function createRoomUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(
    [findingsMap(doc), commentsArray(doc), votesMap(doc), checklistMap(doc), dismissedMap(doc)],
    {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
      captureTimeout: 300,
    },
  )
}
