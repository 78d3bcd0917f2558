import { describe, expect, it } from 'vitest'
import { readableScopes } from '../../../client/features/compare/export/scopes'
import type { Review } from '../../../client/features/compare/types'

const review = (phase: Review['phase']): Review => ({
  id: 'r1',
  title: 'T',
  draftId: 'd',
  versionId: 'v',
  methodologyId: 'm',
  phase,
  groups: [
    { id: 'g1', name: 'Alpha', room: 'rv.r1.g.g1' },
    { id: 'g2', name: 'Beta', room: 'rv.r1.g.g2' },
  ],
  consolidatedRoom: 'rv.r1.consolidated',
})
const user = (role: 'admin' | 'staff' | 'expert' | 'participant') => ({ id: 'u', name: 'U', role })

describe('export scopes a user may read', () => {
  it('gives staff, experts and organisers the conclusion and every group', () => {
    for (const role of ['admin', 'staff', 'expert'] as const) {
      expect(readableScopes(review('annotate'), user(role)).map((s) => s.value)).toEqual([
        'consolidated',
        'group:g1',
        'group:g2',
      ])
    }
  })

  it('gives a participant only their own group while annotating, every group once revealed', () => {
    expect(readableScopes(review('annotate'), user('participant'), 'g2').map((s) => s.value)).toEqual([
      'group:g2',
    ])
    expect(readableScopes(review('reveal'), user('participant'), 'g2').map((s) => s.value)).toEqual([
      'group:g1',
      'group:g2',
    ])
  })

  it('gives nobody anything when signed out', () => {
    expect(readableScopes(review('closed'), null)).toEqual([])
  })
})
