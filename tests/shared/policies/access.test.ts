import { describe, expect, it } from 'vitest'
import { PHASES, type Phase } from '../../../shared/domain/review.js'
import {
  canManageReviews,
  canReadComparison,
  canReadDraftVersion,
  canSeeReview,
  type ReviewAccessState,
  roomAccess,
  type Viewer,
  visibleGroupIds,
} from '../../../shared/policies/access.js'

const review = (phase: Phase, locked: string[] = []): ReviewAccessState => ({
  id: 'r1',
  phase,
  locked,
  groups: [{ id: 'gA' }, { id: 'gB' }],
})
const staff = (role: Viewer['role']): Viewer => ({ id: role, role })
const member = (groupId: string, reviewId = 'r1'): Viewer => ({
  id: `p-${groupId}`,
  role: 'participant',
  participant: { reviewId, groupId },
})

describe('roomAccess', () => {
  // Expected access per phase: [own group, other group, consolidated] for a participant of gA.
  const participantTable: Record<Phase, [string, string, string]> = {
    annotate: ['write', 'none', 'none'],
    reveal: ['write', 'read', 'read'],
    closed: ['read', 'read', 'read'],
  }
  for (const phase of PHASES) {
    it(`participant in ${phase}`, () => {
      const p = member('gA')
      const r = review(phase)
      expect([roomAccess(p, r, 'gA'), roomAccess(p, r, 'gB'), roomAccess(p, r, 'consolidated')]).toEqual(
        participantTable[phase],
      )
    })
  }

  it('a locked group is read-only for its participants but not for facilitators', () => {
    const r = review('annotate', ['gA'])
    expect(roomAccess(member('gA'), r, 'gA')).toBe('read')
    expect(roomAccess(member('gB'), r, 'gB')).toBe('write')
    expect(roomAccess(staff('facilitator'), r, 'gA')).toBe('write')
  })

  it('participants of another review see nothing', () => {
    for (const phase of PHASES) {
      const outsider = member('gA', 'r2')
      expect(roomAccess(outsider, review(phase), 'gA')).toBe('none')
      expect(roomAccess(outsider, review(phase), 'consolidated')).toBe('none')
      expect(canSeeReview(outsider, { id: 'r1' })).toBe(false)
    }
  })

  it('staff roles: staff reads, expert writes only consolidated, managers write all', () => {
    for (const phase of PHASES) {
      const r = review(phase)
      expect([roomAccess(staff('staff'), r, 'gA'), roomAccess(staff('staff'), r, 'consolidated')]).toEqual([
        'read',
        'read',
      ])
      expect([roomAccess(staff('expert'), r, 'gA'), roomAccess(staff('expert'), r, 'consolidated')]).toEqual([
        'read',
        'write',
      ])
      for (const role of ['admin', 'facilitator'] as const) {
        expect([roomAccess(staff(role), r, 'gB'), roomAccess(staff(role), r, 'consolidated')]).toEqual([
          'write',
          'write',
        ])
      }
    }
  })

  it('unknown scopes are closed to everyone', () => {
    expect(roomAccess(staff('admin'), review('reveal'), 'nope')).toBe('none')
    expect(roomAccess(member('gA'), review('reveal'), 'nope')).toBe('none')
  })
})

describe('review-level policies', () => {
  it('lists only the own group before reveal', () => {
    expect(visibleGroupIds(member('gB'), review('annotate'))).toEqual(['gB'])
    expect(visibleGroupIds(member('gB'), review('reveal'))).toEqual(['gA', 'gB'])
    expect(visibleGroupIds(staff('staff'), review('annotate'))).toEqual(['gA', 'gB'])
  })

  it('comparison opens to participants once revealed', () => {
    expect(canReadComparison(member('gA'), review('annotate'))).toBe(false)
    expect(canReadComparison(member('gA'), review('reveal'))).toBe(true)
    expect(canReadComparison(member('gA'), review('closed'))).toBe(true)
    expect(canReadComparison(staff('staff'), review('annotate'))).toBe(true)
    expect(canReadComparison(member('gA', 'r2'), review('reveal'))).toBe(false)
  })

  it('only admins and facilitators manage reviews', () => {
    expect(
      (['admin', 'facilitator', 'expert', 'staff', 'participant'] as const).map((r) =>
        canManageReviews(staff(r)),
      ),
    ).toEqual([true, true, false, false, false])
  })

  it('participants read only the draft version of their review', () => {
    const mine = { draftId: 'd1', versionId: 'v1' }
    expect(canReadDraftVersion(member('gA'), { draftId: 'd1', versionId: 'v1' }, mine)).toBe(true)
    expect(canReadDraftVersion(member('gA'), { draftId: 'd1', versionId: 'v2' }, mine)).toBe(false)
    expect(canReadDraftVersion(member('gA'), { draftId: 'd2', versionId: undefined }, mine)).toBe(false)
    expect(canReadDraftVersion(member('gA'), { draftId: 'd1', versionId: 'v1' }, undefined)).toBe(false)
    expect(canReadDraftVersion(staff('staff'), { draftId: 'd9', versionId: undefined }, undefined)).toBe(true)
  })
})
