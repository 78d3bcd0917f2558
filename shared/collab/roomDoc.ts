/**
 * A review room's Y.Doc: its layout, the decoders that read it, and the commands that change it, split
 * by concern into the modules re-exported here (existing imports of `roomDoc` keep working).
 */
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
