/**
 * Follow-up verdicts live: the server records each change in the consolidated room's Y.Doc, so every
 * expert with the follow-up page open hears of it at once. The room only carries a signal (which
 * follow-up changed, a counter, when), never the verdicts themselves: a member could write anything
 * into the room, so pages reload the follow-up from the API, which is the source of truth.
 */
import type * as Y from 'yjs'
import type { Actor, AuditEntry } from '../domain/roomEntries.js'
import { appendAudit } from './audit.js'

/** `followUps`: Y.Map<followUpId, {seq, at}>. */
export function followUpSignals(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('followUps')
}

/** Whether a signal entry looks like ours (the counter only has to change). */
export function signalSeq(value: unknown): number | null {
  if (!value || typeof value !== 'object') return null
  const seq = (value as { seq?: unknown }).seq
  return typeof seq === 'number' && Number.isFinite(seq) ? seq : null
}

/** Record a follow-up change: bump its signal and append an audit entry, in one transaction. */
export function signalFollowUp(
  doc: Y.Doc,
  followUpId: string,
  audit: { at: string; by: Actor; findingId: string; action: 'follow_up' | 'verdict'; detail: string },
): void {
  doc.transact(() => {
    const signals = followUpSignals(doc)
    const seq = (signalSeq(signals.get(followUpId)) ?? 0) + 1
    signals.set(followUpId, { seq, at: audit.at })
    appendAudit(doc, audit satisfies AuditEntry)
  })
}
