/**
 * The layout of a review room's Y.Doc, and the commands that change it.
 *
 * Both the editor (client) and REST (server) go through these functions, so a finding made either way
 * is the same data. Layout:
 * - `findings`: Y.Map<findingId, Y.Map> — scalar fields, plus `rationale` and `proposal` as
 *   Y.XmlFragment (TipTap binds to them for collaborative rich text);
 * - `comments`: Y.Array<Comment> (threaded by `parentId`, grouped by `findingId`);
 * - `votes`: Y.Map<`${findingId}|${userId}`, 'agree' | 'disagree'>;
 * - `checklist`: Y.Map<unitId, ChecklistMark> for articles;
 * - `audit`: Y.Array<AuditEntry>, append-only;
 * - `dismissed`: Y.Map<suggestionKey, {by, at}> for detector suggestions the group rejected;
 * - `meta`: Y.Map with per-room settings (e.g. `locked`).
 */
import * as Y from 'yjs'
import type {
  DraftingResponse,
  Finding,
  FindingSource,
  FindingStatus,
  ProposalKind,
  Risk,
} from '../domain/finding.js'

export type Actor = { id: string; name: string }

export type ChecklistMark = 'none' | 'found' | 'unreviewed'

export type Comment = {
  id: string
  findingId: string
  parentId: string | null
  author: Actor
  text: string
  createdAt: string
}

export type AuditEntry = {
  at: string
  by: Actor
  findingId: string
  action: 'create' | 'update' | 'delete' | 'comment' | 'vote' | 'resolve' | 'reopen' | 'dismiss' | 'respond'
  detail: string
}

/** Everything needed to create a finding; offsets already validated against the unit. */
export type NewFinding = {
  id: string
  groupId: string
  unitId: string
  unitLabel: string
  start: number
  end: number
  quote: string
  factorIds: string[]
  risk: Risk
  status: FindingStatus
  rationale: string
  proposal: string
  proposalKind?: ProposalKind
  author: Actor
  createdAt: string
  sources?: FindingSource[]
  /** The article that contains the unit; its checklist entry becomes "factor found". */
  articleId?: string | null
}

const SCALAR_FIELDS = [
  'id',
  'groupId',
  'unitId',
  'unitLabel',
  'start',
  'end',
  'quote',
  'factorIds',
  'risk',
  'status',
  'proposalKind',
  'resolved',
  'author',
  'createdAt',
  'sources',
  'response',
] as const

export function findingsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('findings')
}
export function commentsArray(doc: Y.Doc): Y.Array<Comment> {
  return doc.getArray('comments')
}
export function votesMap(doc: Y.Doc): Y.Map<'agree' | 'disagree'> {
  return doc.getMap('votes')
}
export function checklistMap(doc: Y.Doc): Y.Map<ChecklistMark> {
  return doc.getMap('checklist')
}
export function auditArray(doc: Y.Doc): Y.Array<AuditEntry> {
  return doc.getArray('audit')
}
export function dismissedMap(doc: Y.Doc): Y.Map<{ by: Actor; at: string }> {
  return doc.getMap('dismissed')
}
export function roomMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta')
}

/** Plain text of a TipTap fragment: one line per block. */
export function fragmentToPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = []
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment, out: string[]): void => {
    if (node instanceof Y.XmlText) {
      out.push(
        node
          .toDelta()
          .map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
          .join(''),
      )
      return
    }
    const parts: string[] = []
    for (const child of node.toArray()) walk(child as Y.XmlElement | Y.XmlText, parts)
    const text = parts.join('')
    if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') out.push('\n')
    else if (node instanceof Y.XmlElement && isBlock(node.nodeName)) lines.push(text)
    else out.push(text)
  }
  for (const child of fragment.toArray()) {
    const parts: string[] = []
    walk(child as Y.XmlElement | Y.XmlText, parts)
    if (parts.length) lines.push(parts.join(''))
  }
  return lines.join('\n').trim()
}

function isBlock(name: string): boolean {
  return name === 'paragraph' || name === 'heading' || name === 'listItem' || name === 'blockquote'
}

/** Fill an empty fragment with paragraphs of plain text (used by REST and merges). */
export function setFragmentPlainText(fragment: Y.XmlFragment, text: string): void {
  if (fragment.length) fragment.delete(0, fragment.length)
  const paragraphs = text.split(/\r?\n/)
  const nodes = paragraphs.map((line) => {
    const p = new Y.XmlElement('paragraph')
    if (line) p.insert(0, [new Y.XmlText(line)])
    return p
  })
  fragment.insert(0, nodes)
}

/** Read one finding map into the contract's plain shape. */
export function readFinding(map: Y.Map<unknown>): Finding {
  const rationale = map.get('rationale')
  const proposal = map.get('proposal')
  const f: Record<string, unknown> = {}
  for (const key of SCALAR_FIELDS) {
    const v = map.get(key)
    if (v !== undefined) f[key] = v
  }
  f.factorIds = Array.isArray(f.factorIds) ? f.factorIds : []
  f.rationale = rationale instanceof Y.XmlFragment ? fragmentToPlainText(rationale) : ''
  f.proposal = proposal instanceof Y.XmlFragment ? fragmentToPlainText(proposal) : ''
  return f as Finding
}

/** All findings of a room, ordered by creation time (callers re-sort in document order). */
export function readFindings(doc: Y.Doc): Finding[] {
  const out: Finding[] = []
  findingsMap(doc).forEach((m) => {
    if (m instanceof Y.Map && !m.get('deleted')) out.push(readFinding(m))
  })
  return out.sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  )
}

function appendAudit(doc: Y.Doc, entry: AuditEntry): void {
  auditArray(doc).push([entry])
}

/** Create a finding; one transaction, so every peer sees it whole. */
export function createFinding(doc: Y.Doc, input: NewFinding, origin: unknown = null): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    for (const key of SCALAR_FIELDS) {
      const v = (input as Record<string, unknown>)[key]
      if (v !== undefined) m.set(key, v)
    }
    const rationale = new Y.XmlFragment()
    const proposal = new Y.XmlFragment()
    m.set('rationale', rationale)
    m.set('proposal', proposal)
    findingsMap(doc).set(input.id, m)
    setFragmentPlainText(rationale, input.rationale)
    setFragmentPlainText(proposal, input.proposal)
    markChecklistFound(doc, input.articleId ?? input.unitId)
    appendAudit(doc, {
      at: input.createdAt,
      by: input.author,
      findingId: input.id,
      action: 'create',
      detail: `${input.unitLabel}: “${input.quote.slice(0, 80)}”`,
    })
  }, origin)
}

/** Fields a member may change after creation. */
export type FindingPatch = Partial<{
  factorIds: string[]
  risk: Risk
  status: FindingStatus
  proposalKind: ProposalKind
  resolved: boolean
  response: DraftingResponse
}>

/** Change scalar fields of a finding, with one audit entry per changed field. */
export function updateFinding(
  doc: Y.Doc,
  findingId: string,
  patch: FindingPatch,
  by: Actor,
  at: string,
): boolean {
  const m = findingsMap(doc).get(findingId)
  if (!m) return false
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue
      const before = m.get(key)
      if (JSON.stringify(before) === JSON.stringify(value)) continue
      m.set(key, value)
      const action =
        key === 'resolved' ? (value ? 'resolve' : 'reopen') : key === 'response' ? 'respond' : 'update'
      appendAudit(doc, {
        at,
        by,
        findingId,
        action,
        detail: `${key}: ${JSON.stringify(before ?? null)} → ${JSON.stringify(value)}`,
      })
    }
  })
  return true
}

/** Soft-delete: the map stays (so comments and audit keep their anchor) but readers skip it. */
export function deleteFinding(doc: Y.Doc, findingId: string, by: Actor, at: string): boolean {
  const m = findingsMap(doc).get(findingId)
  if (!m) return false
  doc.transact(() => {
    m.set('deleted', true)
    appendAudit(doc, {
      at,
      by,
      findingId,
      action: 'delete',
      detail: String(m.get('quote') ?? '').slice(0, 80),
    })
  })
  return true
}

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

export function castVote(
  doc: Y.Doc,
  findingId: string,
  voter: Actor,
  vote: 'agree' | 'disagree' | null,
  at: string,
): void {
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
): { agree: number; disagree: number; byUser: Record<string, string> } {
  const byUser: Record<string, string> = {}
  let agree = 0
  let disagree = 0
  votesMap(doc).forEach((v, key) => {
    const [fid, uid] = key.split('|')
    if (fid !== findingId || !uid) return
    byUser[uid] = v
    if (v === 'agree') agree++
    else disagree++
  })
  return { agree, disagree, byUser }
}

/** A finding marks its article "factor found" automatically, unless a member already did. */
export function markChecklistFound(doc: Y.Doc, unitId: string): void {
  const c = checklistMap(doc)
  if (c.get(unitId) !== 'found') c.set(unitId, 'found')
}

export function setChecklist(doc: Y.Doc, unitId: string, mark: ChecklistMark): void {
  checklistMap(doc).set(unitId, mark)
}

/**
 * An expert's decision on one comparison cluster, kept in the consolidated room so every expert sees it
 * live: `accepted` points at the consolidated finding it became, `rejected` carries the reason.
 */
export type ClusterDecision = {
  status: 'accepted' | 'rejected'
  findingId?: string
  reason?: string
  by: Actor
  at: string
}

/** Stable key of a cluster across re-computations: its source finding ids, sorted, joined by `+`. */
export function clusterKey(findingIds: readonly string[]): string {
  return [...findingIds].sort().join('+')
}

/** Decisions on comparison clusters (consolidated room only), keyed by `clusterKey`. */
export function clusterDecisionsMap(doc: Y.Doc): Y.Map<ClusterDecision> {
  return doc.getMap('clusterDecisions')
}

/**
 * Bump the room's access epoch: phase, lock or membership changed on the server. Clients observe
 * `meta.accessEpoch` and re-read their access right away (the socket itself is not told).
 */
export function signalAccessChange(doc: Y.Doc): void {
  const meta = roomMeta(doc)
  meta.set('accessEpoch', ((meta.get('accessEpoch') as number | undefined) ?? 0) + 1)
}
