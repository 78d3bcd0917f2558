/** A review with two consolidated findings and version 2 of its draft, for the follow-up tests. */
import { expect } from 'vitest'
import { call, DRAFT_TEXT, type Seeded, type TestApp } from './helpers.js'

export const PROPOSAL = 'qonunda belgilangan asoslar boʻyicha'
/** Version 2: an article inserted at the top, the marker replaced by the proposal (other punctuation). */
export const V2_TEXT = DRAFT_TEXT.replace('oʻz xohishiga koʻra', 'Qonunda belgilangan asoslar, boʻyicha')
  .replace('2-modda. Ruxsatnoma berish', '3-modda. Ruxsatnoma berish')
  .replace('3-modda. Yakuniy', '4-modda. Yakuniy')
  .replace(
    '1-modda.',
    '1-modda. Asosiy tushunchalar\nRuxsatnoma — vakolatli organ oʻz xohishiga koʻra beradigan hujjat.\n2-modda.',
  )

/** A consolidated finding on the marker, one on the final article, and version 2 of the draft. */
export async function prepare(t: TestApp, s: Seeded) {
  const cons = `/api/reviews/${s.review.id}/consolidated/findings`
  const marker = await call(t.app, 'POST', cons, {
    token: s.tokens.expert,
    body: {
      from: [],
      unitId: s.unit.id,
      quote: 'oʻz xohishiga koʻra',
      factorIds: [s.factorIds[0]],
      proposal: PROPOSAL,
    },
  })
  expect(marker.status, marker.text).toBe(201)
  const final = s.draft.units.find((u) => u.text.startsWith('Ushbu Qonun rasmiy')) as {
    id: string
    text: string
  }
  const kept = await call(t.app, 'POST', cons, {
    token: s.tokens.expert,
    body: { from: [], unitId: final.id, quote: 'rasmiy eʼlon', factorIds: [] },
  })
  expect(kept.status, kept.text).toBe(201)
  const v2 = await call(t.app, 'POST', `/api/drafts/${s.draft.id}/versions`, {
    token: s.tokens.admin,
    body: { text: V2_TEXT },
  })
  expect(v2.status, v2.text).toBe(201)
  return { marker: marker.body, kept: kept.body, v2: v2.body }
}
