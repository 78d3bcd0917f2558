/**
 * The rules of a review room (layout in `shared/collab/roomDoc.ts`), checked on the shadow's events
 * of every client update (see `shadowGuard.ts`) with the connection's user as context:
 *
 * - findings: a new finding's key is its `id`, its `groupId` is the room's own scope, its `author`
 *   is the connection's user and every field has its REST shape and cap; afterwards `id`, `groupId`,
 *   span, quote, `author`, `createdAt`, `sources` and the rich-text fields themselves never change
 *   (only their text is edited, within the REST caps); a finding is never replaced, and removed only
 *   by its author (Undo of one's own creation) — everyone else soft-deletes;
 * - comments: added only as oneself; removed only by their author (so never rewritten by others);
 * - votes: the key `findingId|userId` is written only by that user;
 * - audit: append-only, every entry `by` the connection's user;
 * - checklist, dismissed suggestions, cluster decisions: shapes, caps and `by` as above; cluster
 *   decisions only in the consolidated room;
 * - meta and the follow-up signals: written only by the server.
 */
import * as Y from 'yjs'
import { fragmentToPlainText } from '../../shared/collab/richText.js'
import { FINDING_LIMITS } from '../../shared/domain/finding.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import {
  AuditEntryShape,
  ChecklistValue,
  ClusterDecisionEntry,
  CommentEntry,
  DismissalEntry,
  FINDING_FIELDS,
  isSelf,
  MAX_KEY_CHARS,
  MUTABLE_FINDING_FIELDS,
  problemOf,
  REQUIRED_FINDING_FIELDS,
  VoteValue,
} from './roomEntries.js'
import type { AnyType, RoomRules } from './shadowGuard.js'
import type { CollabUser } from './types.js'

type Events = Y.YEvent<AnyType>[]

/** The rules of the room whose scope is `scope` (a group id, or `consolidated`). */
export function reviewRoomRules(scope: string): RoomRules {
  const consolidated = scope === CONSOLIDATED
  return {
    roots: {
      findings: 'map',
      comments: 'array',
      votes: 'map',
      checklist: 'map',
      audit: 'array',
      dismissed: 'map',
      meta: 'map',
      followUps: 'map',
      clusterDecisions: 'map',
    },
    check(root, events, user) {
      switch (root) {
        case 'findings':
          return checkFindings(events, user, scope)
        case 'comments':
          return checkArray(
            events,
            (v) => checkComment(v, user),
            (v) => (isSelf(authorOf(v), user) ? null : 'a comment is removed only by its author'),
          )
        case 'audit':
          return checkArray(
            events,
            (v) =>
              checkSigned(
                problemOf(AuditEntryShape.safeParse(v), 'audit entry'),
                (v as { by?: unknown })?.by,
                user,
              ),
            () => 'the audit trail is append-only',
          )
        case 'votes':
          return checkMap(events, (key, value, action) => {
            const [findingId, voter, extra] = key.split('|')
            if (!findingId || voter !== user.id || extra !== undefined)
              return 'a vote is cast only by its voter'
            return action === 'delete' ? null : problemOf(VoteValue.safeParse(value), 'vote')
          })
        case 'checklist':
          return checkMap(events, (_key, value, action) =>
            action === 'delete' ? null : problemOf(ChecklistValue.safeParse(value), 'checklist mark'),
          )
        case 'dismissed':
          return checkMap(events, (_key, value, action) =>
            action === 'delete'
              ? null
              : checkSigned(
                  problemOf(DismissalEntry.safeParse(value), 'dismissal'),
                  (value as { by?: unknown })?.by,
                  user,
                ),
          )
        case 'clusterDecisions':
          if (!consolidated) return 'cluster decisions belong to the consolidated room'
          return checkMap(events, (_key, value, action) =>
            action === 'delete'
              ? null
              : checkSigned(
                  problemOf(ClusterDecisionEntry.safeParse(value), 'cluster decision'),
                  (value as { by?: unknown })?.by,
                  user,
                ),
          )
        default:
          return `${root} is written only by the server`
      }
    },
  }
}

function checkSigned(problem: string | null, by: unknown, user: CollabUser): string | null {
  return problem ?? (isSelf(by, user) ? null : 'an entry signed as someone else')
}

function authorOf(v: unknown): unknown {
  return (v as { author?: unknown } | null)?.author
}

function checkComment(v: unknown, user: CollabUser): string | null {
  return checkSigned(problemOf(CommentEntry.safeParse(v), 'comment'), authorOf(v), user)
}

/** A plain map root: no nesting, every changed key checked. */
function checkMap(
  events: Events,
  rule: (key: string, value: unknown, action: 'add' | 'update' | 'delete') => string | null,
): string | null {
  for (const event of events) {
    if (event.path.length) return 'nested data where plain entries belong'
    const map = event.target as Y.Map<unknown>
    for (const [key, change] of event.changes.keys) {
      if (key.length > MAX_KEY_CHARS) return 'key too long'
      const value = map.get(key)
      if (value instanceof Y.AbstractType) return 'nested data where plain entries belong'
      const problem = rule(key, value, change.action)
      if (problem) return problem
    }
  }
  return null
}

/** A plain array root: no nesting, every added and removed element checked. */
function checkArray(
  events: Events,
  onAdd: (v: unknown) => string | null,
  onRemove: (v: unknown) => string | null,
): string | null {
  for (const event of events) {
    if (event.path.length) return 'nested data where plain entries belong'
    for (const item of event.changes.added) {
      for (const v of item.content.getContent()) {
        const problem = v instanceof Y.AbstractType ? 'nested data where plain entries belong' : onAdd(v)
        if (problem) return problem
      }
    }
    for (const item of event.changes.deleted) {
      for (const v of item.content.getContent()) {
        const problem = onRemove(v)
        if (problem) return problem
      }
    }
  }
  return null
}

function checkFindings(events: Events, user: CollabUser, scope: string): string | null {
  const edited = new Set<Y.Map<unknown>>()
  for (const event of events) {
    const depth = event.path.length
    if (depth === 0) {
      const findings = event.target as Y.Map<unknown>
      for (const [key, change] of event.changes.keys) {
        if (change.action === 'update') return 'a finding cannot be replaced'
        if (change.action === 'delete') {
          if (!isSelf(deletedField(change.oldValue, 'author'), user))
            return 'a finding is removed only by its author; others mark it deleted'
          continue
        }
        const problem = checkNewFinding(key, findings.get(key), user, scope)
        if (problem) return problem
      }
    } else if (depth === 1) {
      const finding = event.target as Y.Map<unknown>
      for (const [field, change] of event.changes.keys) {
        if (!MUTABLE_FINDING_FIELDS.has(field)) return `a finding's ${field} cannot change`
        if (change.action === 'delete') continue
        const value = finding.get(field)
        const problem = problemOf(FINDING_FIELDS[field]!.safeParse(value), `finding ${field}`)
        if (problem) return problem
        if (field === 'response' && !isSelf((value as { recordedBy?: unknown }).recordedBy, user))
          return 'a response recorded as someone else'
      }
    } else {
      if (event.path[1] !== 'rationale' && event.path[1] !== 'proposal')
        return 'nested data where plain fields belong'
      const finding = findingOf(event.target)
      if (finding) edited.add(finding)
    }
  }
  for (const finding of edited) {
    const problem = checkTexts(finding)
    if (problem) return problem
  }
  return null
}

function checkNewFinding(key: string, value: unknown, user: CollabUser, scope: string): string | null {
  if (!(value instanceof Y.Map)) return 'a finding must be a map'
  if (key.length > MAX_KEY_CHARS) return 'finding id too long'
  for (const field of REQUIRED_FINDING_FIELDS) if (!value.has(field)) return `a new finding lacks ${field}`
  for (const [field, v] of value.entries()) {
    if (field === 'rationale' || field === 'proposal') {
      if (!(v instanceof Y.XmlFragment)) return `a finding's ${field} must be rich text`
      continue
    }
    const shape = FINDING_FIELDS[field]
    if (!shape) return `unknown finding field ${field.slice(0, 40)}`
    const problem = problemOf(shape.safeParse(v), `finding ${field}`)
    if (problem) return problem
  }
  if (value.get('id') !== key) return "a finding's id must be its key"
  if (value.get('groupId') !== scope) return "a finding's groupId must be its room's group"
  if (!isSelf(value.get('author'), user)) return 'a finding authored as someone else'
  if ((value.get('start') as number) > (value.get('end') as number))
    return 'a finding span ends before it starts'
  if (value.has('sources') && scope !== CONSOLIDATED) return 'sources belong to consolidated findings'
  if (value.get('deleted')) return 'a new finding cannot be deleted already'
  return checkTexts(value)
}

function checkTexts(finding: Y.Map<unknown>): string | null {
  const caps = { rationale: FINDING_LIMITS.maxRationaleChars, proposal: FINDING_LIMITS.maxProposalChars }
  for (const [field, cap] of Object.entries(caps)) {
    const fragment = finding.get(field)
    if (!(fragment instanceof Y.XmlFragment) || textBound(fragment) <= cap) continue
    // The cheap bound says it may be over: measure the text exactly as REST would read it.
    if (fragmentToPlainText(fragment).length > cap) return `a finding's ${field} is over ${cap} characters`
  }
  return null
}

/**
 * An upper bound of a fragment's plain-text length in O(nodes): text lengths are kept by Yjs, and
 * each element adds at most a line break. Typing checks this on every keystroke, so it must not
 * walk the characters.
 */
function textBound(node: Y.XmlFragment | Y.XmlElement): number {
  let n = 0
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) n += child.length
    else if (child instanceof Y.XmlElement) n += 1 + textBound(child)
  }
  return n
}

/** The finding map a nested rich-text type belongs to. */
function findingOf(type: AnyType): Y.Map<unknown> | null {
  let t: AnyType | null = type
  while (t?._item) {
    const parent = t._item.parent as AnyType
    if (!parent._item) return t instanceof Y.Map ? t : null
    t = parent
  }
  return null
}

/**
 * A field of a map deleted in this transaction. Its entries are deleted with it and `get` no longer
 * sees them, but their content is still there until the transaction is cleaned up.
 */
function deletedField(map: unknown, field: string): unknown {
  if (!(map instanceof Y.Map)) return undefined
  const item = map._map.get(field)
  return item ? item.content.getContent().at(-1) : undefined
}
