/**
 * Finding commands over the room docs: REST goes through `rooms.getDoc` and the same roomDoc.ts
 * commands the editor uses, so a finding made here appears live in every connected editor.
 */
import {
  type Actor,
  createFinding,
  type FindingPatch,
  findFinding,
  fitsDraft,
  readFindings,
  reportUndecodable,
  updateFinding,
} from '../../shared/collab/roomDoc.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { CreateFindingInput, Finding } from '../../shared/domain/finding.js'
import { CONSOLIDATED } from '../../shared/domain/review.js'
import type { Methodology } from '../../shared/methodology/index.js'
import { type Comparison, compareGroups } from '../../shared/reports/agreement.js'
import { documentOrder } from '../../shared/reports/spans.js'
import { notFound } from '../errors.js'
import type { RoomService } from '../http/context.js'
import { newId } from '../ids.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { ReviewRecord } from '../storage/metaTypes.js'
import { loadUnits } from './loaders.js'
import { packVersion } from './packs.js'
import { checkFactors, resolveSpan } from './spans.js'

/** What finding commands need about a review: its units and its pinned pack. */
export type ReviewContext = {
  review: ReviewRecord
  units: Unit[]
  /** Text length of each unit, for `fitsDraft`. */
  unitLengths: Map<string, number>
  pack: Methodology
  factorIds: Set<string>
}

/** Load the review's version units and pack version. */
export async function loadReviewContext(meta: MetaStore, review: ReviewRecord): Promise<ReviewContext> {
  const units = await loadUnits(meta, review.versionId)
  const pack = packVersion(meta, review.methodologyId, review.methodologyVersion)
  return {
    review,
    units,
    unitLengths: new Map(units.map((u) => [u.id, u.text.length])),
    pack,
    factorIds: new Set(pack.factors.map((f) => f.id)),
  }
}

/** The room of a scope (a group id or `consolidated`); 404 for an unknown group. */
export function scopeRoom(review: ReviewRecord, scope: string): string {
  if (scope === CONSOLIDATED) return review.consolidatedRoom
  const group = review.groups.find((g) => g.id === scope)
  if (!group) throw notFound('Group')
  return group.room
}

/** Findings of one scope in document order (unit order, then start). */
export async function listFindings(
  rooms: RoomService,
  ctx: ReviewContext,
  scope: string,
): Promise<Finding[]> {
  const doc = await rooms.getDoc(scopeRoom(ctx.review, scope))
  const fit: Finding[] = []
  const outside: string[] = []
  for (const f of readFindings(doc, scope)) {
    if (fitsDraft(f, ctx.unitLengths)) fit.push(f)
    else outside.push(f.id)
  }
  reportUndecodable(doc, 'finding', outside)
  return fit.sort(documentOrder(ctx.units.map((u) => u.id)))
}

/** Findings of every group of the review (for comparison and merges), in document order. */
export async function listAllGroupFindings(rooms: RoomService, ctx: ReviewContext): Promise<Finding[]> {
  const all: Finding[] = []
  for (const g of ctx.review.groups) all.push(...(await listFindings(rooms, ctx, g.id)))
  return all.sort(documentOrder(ctx.units.map((u) => u.id)))
}

/** Agreement between the review's groups over their findings (the comparison page and its export). */
export async function reviewComparison(rooms: RoomService, ctx: ReviewContext): Promise<Comparison> {
  return compareGroups({
    units: ctx.units,
    factorIds: ctx.pack.factors.map((f) => f.id),
    groupIds: ctx.review.groups.map((g) => g.id),
    findings: await listAllGroupFindings(rooms, ctx),
  })
}

/** One finding of a scope; 404 when missing or deleted. */
export async function getFinding(
  rooms: RoomService,
  ctx: ReviewContext,
  scope: string,
  id: string,
): Promise<Finding> {
  const doc = await rooms.getDoc(scopeRoom(ctx.review, scope))
  const finding = findFinding(doc, id, scope)
  if (!finding || !fitsDraft(finding, ctx.unitLengths)) throw notFound('Finding')
  return finding
}

/** Create a finding in a scope after checking span and factors against the review. */
export async function createScopedFinding(
  rooms: RoomService,
  ctx: ReviewContext,
  scope: string,
  input: CreateFindingInput,
  author: Actor,
  now: Date,
  extra: Partial<Pick<Finding, 'sources'>> = {},
): Promise<Finding> {
  const span = resolveSpan(ctx.units, input)
  const factorIds = checkFactors(input.factorIds, ctx.factorIds, ctx.pack.id)
  const doc = await rooms.getDoc(scopeRoom(ctx.review, scope))
  const id = newId()
  createFinding(doc, {
    id,
    groupId: scope,
    unitId: span.unit.id,
    unitLabel: span.unit.label,
    start: span.start,
    end: span.end,
    quote: span.quote,
    factorIds,
    risk: input.risk ?? 'medium',
    status: input.status ?? 'open',
    rationale: input.rationale ?? '',
    proposal: input.proposal ?? '',
    proposalKind: input.proposalKind,
    author,
    createdAt: now.toISOString(),
    articleId: span.articleId,
    ...extra,
  })
  const created = findFinding(doc, id, scope)
  if (!created) throw new Error(`finding ${id} was created but does not decode`)
  return created
}

/** Change scalar fields of a finding (factors checked against the pack). */
export async function patchScopedFinding(
  rooms: RoomService,
  ctx: ReviewContext,
  scope: string,
  id: string,
  patch: FindingPatch,
  by: Actor,
  now: Date,
): Promise<Finding> {
  await getFinding(rooms, ctx, scope, id)
  const clean: FindingPatch = { ...patch }
  if (patch.factorIds) clean.factorIds = checkFactors(patch.factorIds, ctx.factorIds, ctx.pack.id)
  const doc = await rooms.getDoc(scopeRoom(ctx.review, scope))
  updateFinding(doc, id, clean, by, now.toISOString())
  return getFinding(rooms, ctx, scope, id)
}
