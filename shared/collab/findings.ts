/**
 * Finding commands over a room's Y.Doc. Both the editor (client) and REST (server) go through these
 * functions, so a finding made either way is the same data; reads go through `decode.ts`.
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
import type { Actor } from '../domain/roomEntries.js'
import { appendAudit } from './audit.js'
import { markChecklistFound } from './checklist.js'
import { decodeFinding, isDeletedFinding, reportUndecodable } from './decode.js'
import { FINDING_SCALAR_FIELDS, findingsMap } from './layout.js'
import { setFragmentPlainText } from './richText.js'

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

/** Creation order, then id: a stable order for readers that re-sort later anyway. */
function byCreation(a: Finding, b: Finding): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1
}

/**
 * All live findings of a room that decode, ordered by creation time (callers re-sort in document
 * order). `groupId` is the room's group; pass it whenever the reader knows the room.
 */
export function readFindings(doc: Y.Doc, groupId?: string): Finding[] {
  const out: Finding[] = []
  const bad: string[] = []
  findingsMap(doc).forEach((value, id) => {
    if (isDeletedFinding(value)) return
    const finding = decodeFinding(id, value, groupId)
    if (finding) out.push(finding)
    else bad.push(id)
  })
  reportUndecodable(doc, 'finding', bad)
  return out.sort(byCreation)
}

/** One live finding by id; null when missing, deleted or not valid. */
export function findFinding(doc: Y.Doc, id: string, groupId?: string): Finding | null {
  const value = findingsMap(doc).get(id)
  if (value === undefined || isDeletedFinding(value)) return null
  const finding = decodeFinding(id, value, groupId)
  if (!finding) reportUndecodable(doc, 'finding', [id])
  return finding
}

/** Create a finding; one transaction, so every peer sees it whole. */
export function createFinding(doc: Y.Doc, input: NewFinding, origin: unknown = null): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>()
    for (const key of FINDING_SCALAR_FIELDS) {
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

/** The finding's Y.Map, when the entry is one (a garbage entry is not patched or deleted). */
function findingMap(doc: Y.Doc, findingId: string): Y.Map<unknown> | null {
  const m: unknown = findingsMap(doc).get(findingId)
  return m instanceof Y.Map ? m : null
}

/** Change scalar fields of a finding, with one audit entry per changed field. */
export function updateFinding(
  doc: Y.Doc,
  findingId: string,
  patch: FindingPatch,
  by: Actor,
  at: string,
): boolean {
  const m = findingMap(doc, findingId)
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
  const m = findingMap(doc, findingId)
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
