/** The room's append-only audit trail. */
import type * as Y from 'yjs'
import type { AuditEntry } from '../domain/roomEntries.js'
import { decodeAuditEntry, reportUndecodable } from './decode.js'
import { auditArray } from './layout.js'

/** Append one audit entry (callers run it inside their own transaction). */
export function appendAudit(doc: Y.Doc, entry: AuditEntry): void {
  auditArray(doc).push([entry])
}

/** Every audit entry that decodes, in append order. */
export function readAudit(doc: Y.Doc): AuditEntry[] {
  const out: AuditEntry[] = []
  const bad: string[] = []
  auditArray(doc).forEach((value, i) => {
    const entry = decodeAuditEntry(value)
    if (entry) out.push(entry)
    else bad.push(String(i))
  })
  reportUndecodable(doc, 'audit', bad)
  return out
}
