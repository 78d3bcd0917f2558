/**
 * A review room's Y.Doc: its layout, the decoders that read it, and the commands that change it, split
 * by concern into the modules re-exported here (existing imports of `roomDoc` keep working).
 */
import type * as Y from 'yjs'
import { roomMeta } from './layout.js'

export type { Actor, AuditEntry, ChecklistMark, ClusterDecision, Comment } from '../domain/roomEntries.js'
export * from './audit.js'
export * from './checklist.js'
export * from './decisions.js'
export * from './decode.js'
export * from './discussion.js'
export * from './dismissed.js'
export * from './findings.js'
export * from './layout.js'
export * from './richText.js'
export * from './votes.js'

/**
 * Bump the room's access epoch: phase, lock or membership changed on the server. Clients observe
 * `meta.accessEpoch` and re-read their access right away (the socket itself is not told).
 */
export function signalAccessChange(doc: Y.Doc): void {
  const meta = roomMeta(doc)
  meta.set('accessEpoch', ((meta.get('accessEpoch') as number | undefined) ?? 0) + 1)
}
