/**
 * Decoders at the room boundary. A member's client can write anything into its group's Y.Doc and the
 * server relays it, so every reader — REST, reports, comparison, consolidation and the client — turns
 * room entries into domain values here, with the zod schemas of `shared/domain`. The map key is the
 * id (an inner `id` is ignored) and a finding's group is the room's, not whatever the entry says.
 * Entries that do not decode are skipped and reported once per room and kind.
 */
import * as Y from 'yjs'
import type { z } from 'zod'
import { Finding } from '../domain/finding.js'
import {
  AuditEntry,
  ChecklistMark,
  ClusterDecision,
  Comment,
  Dismissal,
  Vote,
} from '../domain/roomEntries.js'
import { FINDING_SCALAR_FIELDS } from './layout.js'
import { fragmentToPlainText } from './richText.js'

/** A finding without its rich-text fields (read those from the fragments when needed). */
export type FindingSummary = Omit<Finding, 'rationale' | 'proposal'>

const FindingFields = Finding.omit({ rationale: true, proposal: true }).refine((f) => f.start <= f.end)

/** Whether a findings-map entry is a soft-deleted finding (readers skip it without a report). */
export function isDeletedFinding(value: unknown): boolean {
  return value instanceof Y.Map && Boolean(value.get('deleted'))
}

/**
 * The scalar fields of the finding stored under `id`, or null when the entry is not a valid finding.
 * `groupId` is the room's group; without it (a reader that does not know the room) the entry's own
 * `groupId` must be a string.
 */
export function decodeFindingSummary(id: string, value: unknown, groupId?: string): FindingSummary | null {
  if (!(value instanceof Y.Map)) return null
  const raw: Record<string, unknown> = {}
  for (const key of FINDING_SCALAR_FIELDS) {
    const v = value.get(key)
    if (v !== undefined) raw[key] = v
  }
  raw.id = id
  if (groupId !== undefined) raw.groupId = groupId
  const parsed = FindingFields.safeParse(raw)
  return parsed.success ? parsed.data : null
}

/** The plain text of a rich-text field; '' when missing or not a fragment. */
function richText(map: Y.Map<unknown>, key: 'rationale' | 'proposal'): string {
  const v = map.get(key)
  return v instanceof Y.XmlFragment ? fragmentToPlainText(v) : ''
}

/** The finding stored under `id` in the contract's shape, or null when the entry is not valid. */
export function decodeFinding(id: string, value: unknown, groupId?: string): Finding | null {
  const fields = decodeFindingSummary(id, value, groupId)
  if (!fields) return null
  const map = value as Y.Map<unknown>
  return { ...fields, rationale: richText(map, 'rationale'), proposal: richText(map, 'proposal') }
}

/**
 * Whether a decoded finding points into the draft: its unit exists and its span lies within the unit's
 * text. A well-formed entry can still name a unit the review's version does not have.
 */
export function fitsDraft(
  finding: Pick<Finding, 'unitId' | 'end'>,
  unitLengths: ReadonlyMap<string, number>,
): boolean {
  const length = unitLengths.get(finding.unitId)
  return length !== undefined && finding.end <= length
}

/** A decoder of one schema: the parsed value, or null. */
function decoderOf<T>(schema: z.ZodType<T>): (value: unknown) => T | null {
  return (value) => {
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : null
  }
}

/** A comment from the comments array, or null. */
export const decodeComment = decoderOf(Comment)
/** A checklist mark, or null. */
export const decodeChecklistMark = decoderOf(ChecklistMark)
/** A decision on a comparison cluster, or null. */
export const decodeDecision = decoderOf(ClusterDecision)
/** An audit entry, or null. */
export const decodeAuditEntry = decoderOf(AuditEntry)
/** A dismissed suggestion, or null. */
export const decodeDismissal = decoderOf(Dismissal)

/** One vote: the key is `${findingId}|${userId}`, the value 'agree' or 'disagree'. */
export function decodeVote(
  key: string,
  value: unknown,
): { findingId: string; userId: string; vote: Vote } | null {
  const parts = key.split('|')
  const vote = Vote.safeParse(value)
  if (parts.length !== 2 || !parts[0] || !parts[1] || !vote.success) return null
  return { findingId: parts[0], userId: parts[1], vote: vote.data }
}

/** The kinds of room entries the decoders read. */
export type RoomEntryKind = 'finding' | 'comment' | 'vote' | 'checklist' | 'decision' | 'audit' | 'dismissed'

/** What a reader reports about skipped entries: the room (the doc's guid), the kind, and a few keys. */
export type UndecodableReport = { room: string; kind: RoomEntryKind; count: number; sample: string[] }

let reporter: (report: UndecodableReport) => void = (r) =>
  console.warn(
    `room ${r.room}: skipped ${r.count} ${r.kind} entr${r.count === 1 ? 'y' : 'ies'} that do not decode`,
  )
const reported = new WeakMap<Y.Doc, Set<RoomEntryKind>>()

/** Where skipped entries are reported (the server hands its logger in at start). */
export function setUndecodableReporter(fn: (report: UndecodableReport) => void): void {
  reporter = fn
}

/** Report skipped entries of one kind, once per doc: a reader runs on every change and must not flood the log. */
export function reportUndecodable(doc: Y.Doc, kind: RoomEntryKind, keys: readonly string[]): void {
  if (keys.length === 0) return
  const kinds = reported.get(doc) ?? new Set<RoomEntryKind>()
  if (kinds.has(kind)) return
  kinds.add(kind)
  reported.set(doc, kinds)
  reporter({ room: doc.guid, kind, count: keys.length, sample: keys.slice(0, 5) })
}

/** Every entry of a keyed room map that decodes, by key; the others are reported and skipped. */
export function decodeMap<T>(
  doc: Y.Doc,
  map: Y.Map<unknown>,
  kind: RoomEntryKind,
  decode: (value: unknown) => T | null,
): Map<string, T> {
  const out = new Map<string, T>()
  const bad: string[] = []
  map.forEach((value, key) => {
    const entry = decode(value)
    if (entry !== null) out.set(key, entry)
    else bad.push(key)
  })
  reportUndecodable(doc, kind, bad)
  return out
}
