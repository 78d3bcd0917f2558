/**
 * Follow-up commands: carry every consolidated finding of a review to a later version of its draft,
 * record the experts' verdicts, and list the new risks the revision introduced.
 */
import { signalFollowUp } from '../../shared/collab/followUpSignal.js'
import type { Suggestion } from '../../shared/detector/index.js'
import type { carryFinding } from '../../shared/diff/carry.js'
import type { Finding } from '../../shared/domain/finding.js'
import type { FollowUp, FollowUpItem, VerdictInput } from '../../shared/domain/followUp.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import { AppError, badRequest, conflict, notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import { newId } from '../ids.js'
import { findDraftOfVersion } from '../storage/drafts.js'
import { getFollowUp, insertFollowUp, patchFollowUpItem } from '../storage/followUps.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { FollowUpRecord, ReviewRecord, UserRecord } from '../storage/metaTypes.js'
import { listFindings, loadReviewContext } from './findings.js'
import { loadDraftVersion, loadUnits } from './loaders.js'
import { packVersion } from './packs.js'
import { versionSuggestions } from './suggestions.js'
import { versionAlignment } from './versionDiff.js'

/** The version a follow-up may target: a later version of the review's own draft. */
function laterVersion(meta: MetaStore, review: ReviewRecord, versionId: string) {
  const { draft, version: reviewed } = loadDraftVersion(meta, review.draftId, review.versionId)
  const target = draft.versions.find((v) => v.id === versionId)
  if (!target) {
    if (findDraftOfVersion(meta, versionId))
      throw badRequest(
        'This version belongs to another draft; pick a version of the reviewed draft.',
        undefined,
        'version_of_other_draft',
      )
    throw notFound('Version')
  }
  if (target.number <= reviewed.number)
    throw conflict(
      target.id === reviewed.id
        ? 'This is the version the review was made on; follow up on a later version.'
        : 'This version is older than the reviewed one; follow up on a later version.',
      'version_not_later',
    )
  return target
}

/** One item: the finding, where it stands now, and a pending verdict. */
function itemOf(f: Finding, carried: ReturnType<typeof carryFinding>): FollowUpItem {
  return {
    findingId: f.id,
    quote: f.quote,
    unitLabel: f.unitLabel,
    state: carried.state,
    toUnitId: carried.toUnitId,
    toUnitLabel: carried.toUnitLabel,
    start: carried.start,
    end: carried.end,
    proposalAdopted: carried.proposalAdopted,
    verdict: 'pending',
    note: '',
    unitId: f.unitId,
    factorIds: f.factorIds,
    risk: f.risk,
    proposal: f.proposal,
    newText: carried.newText,
    verdictBy: null,
    verdictAt: null,
  }
}

/** Start a follow-up of `review` on `versionId`; nothing is stored unless every finding was carried. */
export async function startFollowUp(
  meta: MetaStore,
  rooms: RoomService,
  review: ReviewRecord,
  versionId: string,
  by: UserRecord,
  now: Date,
): Promise<FollowUpRecord> {
  const target = laterVersion(meta, review, versionId)
  const ctx = await loadReviewContext(meta, review)
  const findings = await listFindings(rooms, ctx, CONSOLIDATED)
  const { from, to, pairs } = await versionAlignment(meta, review.versionId, target.id)
  // Loaded on first use: the word diff (and its library) is needed only here, not by a server at rest.
  const { carryFinding, pairsByOldUnit } = await import('../../shared/diff/carry.js')
  const byOld = pairsByOldUnit(pairs)
  const fromUnits = new Map(from.map((u) => [u.id, u]))
  const toUnits = new Map(to.map((u) => [u.id, u]))
  const items = findings.map((f) => itemOf(f, carryFinding(f, byOld, fromUnits, toUnits)))
  const at = now.toISOString()
  const record = await insertFollowUp(meta, {
    id: newId(),
    reviewId: review.id,
    fromVersionId: review.versionId,
    toVersionId: target.id,
    createdAt: at,
    createdBy: by.id,
    items,
  })
  signalFollowUp(await rooms.getDoc(review.consolidatedRoom), record.id, {
    at,
    by: { id: by.id, name: by.name },
    findingId: '',
    action: 'follow_up',
    detail: `version ${target.number}: ${items.length} findings`,
  })
  return record
}

/** A follow-up of the review; 404 when unknown (or of another review). */
export function loadFollowUp(meta: MetaStore, review: ReviewRecord, followUpId: string): FollowUpRecord {
  const record = getFollowUp(meta, review.id, followUpId)
  if (!record) throw notFound('Follow-up')
  return record
}

/** The detector's suggestions in the changed and added units of the follow-up's new version, with their labels. */
export async function newRisks(
  meta: MetaStore,
  review: ReviewRecord,
  record: FollowUpRecord,
  explainIn: LanguageTag,
): Promise<(Suggestion & { unitLabel: string })[]> {
  const { version } = loadDraftVersion(meta, review.draftId, record.toVersionId)
  const { to, pairs } = await versionAlignment(meta, record.fromVersionId, record.toVersionId)
  const touched = new Set(pairs.filter((p) => p.op === 'changed' || p.op === 'added').map((p) => p.toUnitId))
  const labels = new Map(to.map((u) => [u.id, u.label]))
  const pack = packVersion(meta, review.methodologyId, review.methodologyVersion)
  const all = await versionSuggestions(version, pack, explainIn, () => loadUnits(meta, version.id))
  return all
    .filter((s) => touched.has(s.unitId))
    .map((s) => ({ ...s, unitLabel: labels.get(s.unitId) ?? '' }))
}

/** The contract's follow-up shape. */
export async function presentFollowUp(
  meta: MetaStore,
  review: ReviewRecord,
  record: FollowUpRecord,
  explainIn: LanguageTag,
): Promise<FollowUp> {
  const { createdBy: _by, ...rest } = record
  return { ...rest, newSuggestions: await newRisks(meta, review, record, explainIn) }
}

/** Record an expert's verdict on one item, with an audit entry in the consolidated room. */
export async function setVerdict(
  meta: MetaStore,
  rooms: RoomService,
  review: ReviewRecord,
  followUpId: string,
  findingId: string,
  input: VerdictInput,
  by: UserRecord,
  now: Date,
): Promise<FollowUpItem> {
  const record = loadFollowUp(meta, review, followUpId)
  const before = record.items.find((i) => i.findingId === findingId)
  if (!before) throw notFound('Finding')
  // `before` is the stored object itself, which the patch changes in place.
  const previous = before.verdict
  const at = now.toISOString()
  const actor = { id: by.id, name: by.name }
  const item = await patchFollowUpItem(meta, record.id, findingId, {
    verdict: input.verdict,
    note: input.note ?? before.note,
    verdictBy: actor,
    verdictAt: at,
  })
  if (!item) throw new AppError(409, 'conflict', 'The follow-up changed while saving; try again.')
  signalFollowUp(await rooms.getDoc(review.consolidatedRoom), record.id, {
    at,
    by: actor,
    findingId,
    action: 'verdict',
    detail: `${item.unitLabel}: ${previous} → ${item.verdict}`,
  })
  return { ...item }
}
