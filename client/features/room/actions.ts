/**
 * The room's commands as the UI runs them: the shared roomDoc commands (the same ones REST uses),
 * wrapped in the local transaction origin so Undo covers exactly one's own changes.
 */

import type * as Y from 'yjs'
import {
  type Actor,
  addComment,
  auditArray,
  type ChecklistMark,
  castVote,
  createFinding,
  deleteFinding,
  dismissedMap,
  type FindingPatch,
  setChecklist,
  updateFinding,
} from '../../../shared/collab/roomDoc'
import type { Risk } from '../../../shared/domain/finding'
import type { Vote } from '../../../shared/domain/roomEntries'
import { runLocal } from '../../collab/localOrigin'
import type { DraftIndex, UnitSpan } from '../../editor/draftIndex'
import { type Suggestion, suggestionKey } from './types'

const now = (): string => new Date().toISOString()

/** Inputs of a new finding made in the editor. */
export type StartFinding = {
  span: UnitSpan
  groupId: string
  author: Actor
  factorIds?: string[]
  risk?: Risk
}

/** Create a finding on a unit span (offsets clamped to the unit); returns its id, or null for an empty span. */
export function startFinding(doc: Y.Doc, index: DraftIndex, input: StartFinding): string | null {
  const i = index.order.get(input.span.unitId)
  if (i === undefined) return null
  const unit = index.units[i]!
  const start = Math.max(0, Math.min(input.span.start, unit.text.length))
  const end = Math.max(start, Math.min(input.span.end, unit.text.length))
  if (end <= start) return null
  const id = crypto.randomUUID()
  runLocal(doc, () =>
    createFinding(doc, {
      id,
      groupId: input.groupId,
      unitId: unit.id,
      unitLabel: unit.label,
      start,
      end,
      quote: unit.text.slice(start, end),
      factorIds: input.factorIds ?? [],
      risk: input.risk ?? 'medium',
      status: 'open',
      rationale: '',
      proposal: '',
      author: input.author,
      createdAt: now(),
      articleId: index.articleOf.get(unit.id) ?? null,
    }),
  )
  return id
}

/** Change scalar fields of a finding (factors, risk, status, proposal kind, resolved). */
export function patchFinding(doc: Y.Doc, findingId: string, patch: FindingPatch, by: Actor): void {
  runLocal(doc, () => updateFinding(doc, findingId, patch, by, now()))
}

/** Soft-delete a finding. */
export function removeFinding(doc: Y.Doc, findingId: string, by: Actor): void {
  runLocal(doc, () => deleteFinding(doc, findingId, by, now()))
}

/** Add a comment (a reply when `parentId` is set). */
export function postComment(
  doc: Y.Doc,
  findingId: string,
  parentId: string | null,
  text: string,
  author: Actor,
): void {
  const body = text.trim()
  if (!body) return
  runLocal(doc, () =>
    addComment(doc, { id: crypto.randomUUID(), findingId, parentId, author, text: body, createdAt: now() }),
  )
}

/** Agree, disagree, or withdraw (null) one's vote. */
export function vote(doc: Y.Doc, findingId: string, voter: Actor, choice: Vote | null): void {
  runLocal(doc, () => castVote(doc, findingId, voter, choice, now()))
}

/** Mark an article on the checklist. */
export function markArticle(doc: Y.Doc, unitId: string, mark: ChecklistMark): void {
  runLocal(doc, () => setChecklist(doc, unitId, mark))
}

/** Accept a detector suggestion: a finding with the suggested factor filled in. */
export function acceptSuggestion(
  doc: Y.Doc,
  index: DraftIndex,
  s: Suggestion,
  groupId: string,
  author: Actor,
): string | null {
  return startFinding(doc, index, { span: s, groupId, author, factorIds: [s.factorId] })
}

/** Dismiss a suggestion for the whole group, with an audit entry. */
export function dismissSuggestion(doc: Y.Doc, s: Suggestion, by: Actor): void {
  const key = suggestionKey(s)
  const at = now()
  runLocal(doc, () => {
    dismissedMap(doc).set(key, { by, at })
    auditArray(doc).push([
      { at, by, findingId: key, action: 'dismiss', detail: `${s.factorId}: “${s.quote.slice(0, 80)}”` },
    ])
  })
}
