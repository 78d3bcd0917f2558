/** Comments on findings: one flat array, threaded by `parentId` when shown. */
import type * as Y from 'yjs'
import type { Comment } from '../domain/roomEntries.js'
import { appendAudit } from './audit.js'
import { decodeComment, reportUndecodable } from './decode.js'
import { commentsArray } from './layout.js'

export function addComment(doc: Y.Doc, comment: Comment): void {
  doc.transact(() => {
    commentsArray(doc).push([comment])
    appendAudit(doc, {
      at: comment.createdAt,
      by: comment.author,
      findingId: comment.findingId,
      action: 'comment',
      detail: comment.text.slice(0, 80),
    })
  })
}

/** Every comment that decodes, in append order; a repeated id keeps its first comment. */
export function readComments(doc: Y.Doc): Comment[] {
  const out: Comment[] = []
  const seen = new Set<string>()
  const bad: string[] = []
  commentsArray(doc).forEach((value, i) => {
    const comment = decodeComment(value)
    if (comment && !seen.has(comment.id)) {
      seen.add(comment.id)
      out.push(comment)
    } else bad.push(String(i))
  })
  reportUndecodable(doc, 'comment', bad)
  return out
}
