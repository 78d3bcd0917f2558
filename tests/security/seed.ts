/**
 * A review with every kind of id a route can take (draft, version, review, group, finding,
 * consolidated finding, user, join code), seeded through the public API of a running server.
 */
import { api, joinGroup, seedReview } from '../e2e/harness.js'

/** Draft text with a discretion marker the findings can quote. */
export const FUZZ_DRAFT = [
  '1-modda. Maqsad',
  'Ushbu Qonunning maqsadi ruxsatnomalar berish sohasidagi munosabatlarni tartibga solishdan iborat.',
  '2-modda. Ruxsatnoma berish',
  'Vakolatli organ oʻz xohishiga koʻra ruxsatnoma berishni rad etishi mumkin.',
].join('\n')

/** Ids and tokens of the seeded review. */
export type FuzzSeed = {
  adminToken: string
  participantToken: string
  ids: Record<
    | 'draft'
    | 'version'
    | 'review'
    | 'group'
    | 'finding'
    | 'consolidatedFinding'
    | 'staffUser'
    | 'participant'
    | 'joinCode',
    string
  >
}

/** Seed the review and one finding per scope; throws with the response when a step fails. */
export async function seedFuzzTarget(url: string): Promise<FuzzSeed> {
  const seeded = await seedReview(url, FUZZ_DRAFT, ['Alpha', 'Beta'])
  const admin = api(url, seeded.adminToken)
  const must = <T>(r: { status: number; body: T }, status: number, what: string): T => {
    if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`)
    return r.body
  }
  const staff = must(
    await admin.post<{ user: { id: string } }>('/api/users', {
      name: 'Staff',
      password: 'password-123',
      role: 'staff',
    }),
    201,
    'staff',
  )
  const group = seeded.review.groups[0]!
  const joined = await joinGroup(url, seeded.review.joinCode, 'Participant', group.id)
  const draft = must(
    await admin.get<{ units: { id: string; text: string }[] }>(`/api/drafts/${seeded.draftId}`),
    200,
    'draft',
  )
  const unit = draft.units.find((u) => u.text.includes('oʻz xohishiga'))!
  const finding = must(
    await api(url, joined.token).post<{ id: string }>(
      `/api/reviews/${seeded.review.id}/groups/${group.id}/findings`,
      {
        unitId: unit.id,
        quote: 'oʻz xohishiga koʻra',
        factorIds: [],
      },
    ),
    201,
    'finding',
  )
  const merged = must(
    await admin.post<{ id: string }>(`/api/reviews/${seeded.review.id}/consolidated/findings`, {
      from: [finding.id],
    }),
    201,
    'consolidated finding',
  )
  return {
    adminToken: seeded.adminToken,
    participantToken: joined.token,
    ids: {
      draft: seeded.draftId,
      version: seeded.versionId,
      review: seeded.review.id,
      group: group.id,
      finding: finding.id,
      consolidatedFinding: merged.id,
      staffUser: staff.user.id,
      participant: joined.user.id,
      joinCode: seeded.review.joinCode,
    },
  }
}

/** The real id for a path parameter of an OpenAPI path (`/api/drafts/{id}` → the draft id, …). */
export function realParam(path: string, name: string, seed: FuzzSeed): string {
  if (name === 'groupId') return seed.ids.group
  if (name === 'userId') return seed.ids.participant
  if (name === 'code') return seed.ids.joinCode
  if (name === 'findingId')
    return path.includes('/consolidated/') ? seed.ids.consolidatedFinding : seed.ids.finding
  if (path.startsWith('/api/drafts/')) return seed.ids.draft
  if (path.startsWith('/api/users/')) return seed.ids.staffUser
  return seed.ids.review
}

/** Fill every `{param}` of an OpenAPI path, optionally overriding one with a raw (already encoded) value. */
export function fillPath(path: string, seed: FuzzSeed, override?: { name: string; raw: string }): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    override?.name === name ? override.raw : encodeURIComponent(realParam(path, name, seed)),
  )
}
