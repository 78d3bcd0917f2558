/**
 * Joining (issue 16): a participant cannot hop into another group by re-posting /api/join with their
 * own session during the blind phase, names cannot pass for staff, and joins are capped per address.
 */
import { describe, expect, it } from 'vitest'
import { MAX_JOINS_PER_ADDRESS } from '../../server/commands/joinRules.js'
import { call, makeApp, markerFinding, seed } from '../server/api/helpers.js'

describe('joining', () => {
  it('keeps a rejoining participant in their own group (blind phase, bearer or cookie)', async () => {
    const t = await makeApp({ authAttemptsPerMinute: 10_000 })
    const s = await seed(t.app)
    const base = `/api/reviews/${s.review.id}/groups`
    await call(t.app, 'POST', `${base}/${s.groupB}/findings`, { token: s.tokens.pB, body: markerFinding(s) })
    const hop = { code: s.review.joinCode, name: 'Aziz', groupId: s.groupB }
    for (const auth of [{ token: s.tokens.pA }, { headers: { Cookie: `shaffof_session=${s.tokens.pA}` } }]) {
      const r = await call(t.app, 'POST', '/api/join', { ...auth, body: hop })
      expect(r.status).toBe(409)
      expect(r.body.error.code).toBe('already_joined')
      expect(r.body.error.message).toMatch(/facilitator/)
    }
    // Still in group A, still blind to group B.
    const me = await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })
    expect(me.body.participant.groupId).toBe(s.groupA)
    expect((await call(t.app, 'GET', `${base}/${s.groupB}/findings`, { token: s.tokens.pA })).status).toBe(
      403,
    )
    // Rejoining the own group works and keeps the identity.
    const back = await call(t.app, 'POST', '/api/join', {
      token: s.tokens.pA,
      body: { ...hop, groupId: s.groupA },
    })
    expect(back.status).toBe(201)
    expect(back.body.user.id).toBe(s.users.pA.id)
    await t.close()
  })

  it('reserves staff names and role labels', async () => {
    const t = await makeApp({ authAttemptsPerMinute: 10_000 })
    const s = await seed(t.app)
    for (const name of [
      'Fatima',
      'FATIMA',
      ' fatima ',
      'Fatima (Facilitator)',
      'Ali (Эксперт)',
      'Vali [admin]',
    ]) {
      const r = await call(t.app, 'POST', '/api/join', {
        body: { code: s.review.joinCode, name, groupId: s.groupA },
      })
      expect(r.status, name).toBe(400)
      expect(r.body.error.code).toBe('name_reserved')
    }
    const ok = await call(t.app, 'POST', '/api/join', {
      body: { code: s.review.joinCode, name: 'Dilnoza (Adliya vazirligi)', groupId: s.groupA },
    })
    expect(ok.status).toBe(201)
    await t.close()
  })

  it('caps new participants per address', async () => {
    const t = await makeApp({ authAttemptsPerMinute: 10_000 })
    const s = await seed(t.app)
    const join = (i: number) =>
      call(t.app, 'POST', '/api/join', {
        body: { code: s.review.joinCode, name: `P${i}`, groupId: s.groupA },
      })
    // The seed already added two participants from this (in-process) address.
    for (let i = 2; i < MAX_JOINS_PER_ADDRESS; i++) expect((await join(i)).status).toBe(201)
    const over = await join(999)
    expect(over.status).toBe(429)
    expect(over.body.error.code).toBe('too_many_joins')
    await t.close()
  })
})
