/** Agree/disagree votes on findings, one per member and finding. */
import type * as Y from 'yjs'
import type { Actor, Vote } from '../domain/roomEntries.js'
import { appendAudit } from './audit.js'
import { decodeVote, reportUndecodable } from './decode.js'
import { votesMap } from './layout.js'

export function castVote(doc: Y.Doc, findingId: string, voter: Actor, vote: Vote | null, at: string): void {
  doc.transact(() => {
    const key = `${findingId}|${voter.id}`
    if (vote === null) votesMap(doc).delete(key)
    else votesMap(doc).set(key, vote)
    appendAudit(doc, { at, by: voter, findingId, action: 'vote', detail: vote ?? 'withdrawn' })
  })
}

/** Votes on one finding: counts plus each voter's choice. */
export function votesFor(
  doc: Y.Doc,
  findingId: string,
): { agree: number; disagree: number; byUser: Record<string, Vote> } {
  const byUser: Record<string, Vote> = {}
  let agree = 0
  let disagree = 0
  const bad: string[] = []
  votesMap(doc).forEach((value, key) => {
    const v = decodeVote(key, value)
    if (!v) bad.push(key)
    if (!v || v.findingId !== findingId) return
    byUser[v.userId] = v.vote
    if (v.vote === 'agree') agree++
    else disagree++
  })
  reportUndecodable(doc, 'vote', bad)
  return { agree, disagree, byUser }
}
