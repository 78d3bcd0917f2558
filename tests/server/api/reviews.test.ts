import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, makeApp, type Seeded, seed, setPhase, type TestApp } from './helpers.js'

let t: TestApp
let s: Seeded
beforeEach(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
})
afterEach(() => t.close())

const reviewUrl = () => `/api/reviews/${s.review.id}`

describe('create and read', () => {
  it('creates a review with rooms, the default pack, the latest version and a long join code', async () => {
    expect(s.review).toMatchObject({ phase: 'annotate', draftId: s.draft.id, versionId: s.draft.versionId })
    expect(s.review.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/)
    expect(s.review.groups.map((g) => g.name)).toEqual(['Alpha', 'Beta'])
    for (const g of s.review.groups) expect(g.room).toBe(`rv.${s.review.id}.g.${g.id}`)
    expect(s.review.consolidatedRoom).toBe(`rv.${s.review.id}.consolidated`)
    expect((s.review as unknown as { methodologyId: string }).methodologyId).toBe('uz-2021-regulation-3287')
  })

  it('refuses bad input', async () => {
    const tok = s.tokens.facilitator
    const bad = [
      [{ title: 'x', draftId: s.draft.id, groups: [] }, 400],
      [{ title: 'x', draftId: s.draft.id, groups: ['A', 'a'] }, 400],
      [{ title: 'x', draftId: 'nope', groups: ['A'] }, 404],
      [{ title: 'x', draftId: s.draft.id, versionId: 'nope', groups: ['A'] }, 404],
      [{ title: 'x', draftId: s.draft.id, methodologyId: 'nope', groups: ['A'] }, 404],
    ] as const
    for (const [body, status] of bad)
      expect((await call(t.app, 'POST', '/api/reviews', { token: tok, body })).status).toBe(status)
  })

  it('shows participants only their own group before reveal, and never the join code', async () => {
    const mine = await call(t.app, 'GET', reviewUrl(), { token: s.tokens.pA })
    expect(mine.body.groups.map((g: { id: string }) => g.id)).toEqual([s.groupA])
    expect(mine.body).not.toHaveProperty('joinCode')
    await setPhase(t.app, s, 'reveal')
    const revealed = await call(t.app, 'GET', reviewUrl(), { token: s.tokens.pA })
    expect(revealed.body.groups).toHaveLength(2)
    expect((await call(t.app, 'GET', reviewUrl(), { token: s.tokens.staff })).body).not.toHaveProperty(
      'joinCode',
    )
    expect((await call(t.app, 'GET', reviewUrl(), { token: s.tokens.facilitator })).body.joinCode).toBe(
      s.review.joinCode,
    )
    expect((await call(t.app, 'GET', `${reviewUrl()}/groups`, { token: s.tokens.pB })).body).toHaveLength(2)
  })

  it('lists reviews by visibility and hides other reviews from participants with 404', async () => {
    const other = (
      await call(t.app, 'POST', '/api/reviews', {
        token: s.tokens.admin,
        body: { title: 'Other', draftId: s.draft.id, groups: ['G'] },
      })
    ).body
    expect((await call(t.app, 'GET', '/api/reviews', { token: s.tokens.staff })).body).toHaveLength(2)
    const mine = await call(t.app, 'GET', '/api/reviews', { token: s.tokens.pA })
    expect(mine.body.map((r: { id: string }) => r.id)).toEqual([s.review.id])
    expect((await call(t.app, 'GET', `/api/reviews/${other.id}`, { token: s.tokens.pA })).status).toBe(404)
    expect((await call(t.app, 'GET', '/api/reviews/unknown', { token: s.tokens.admin })).status).toBe(404)
  })
})

describe('join', () => {
  it('joins with a code, sets the cookie, and /api/me shows the group', async () => {
    const r = await call(t.app, 'POST', '/api/join', {
      body: { code: s.review.joinCode.toLowerCase(), name: 'Dilnoza', groupId: s.groupB },
    })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({
      user: { name: 'Dilnoza', role: 'participant' },
      review: { id: s.review.id },
      group: { id: s.groupB, name: 'Beta' },
    })
    expect(r.headers.get('set-cookie')).toMatch(/shaffof_session=.*HttpOnly/i)
    const me = await call(t.app, 'GET', '/api/me', { token: r.body.token })
    expect(me.body.participant).toEqual({ reviewId: s.review.id, groupId: s.groupB })
  })

  it('shows what a code opens', async () => {
    const r = await call(t.app, 'GET', `/api/join/${s.review.joinCode}`)
    expect(r.body.groups.map((g: { name: string }) => g.name)).toEqual(['Alpha', 'Beta'])
    expect(JSON.stringify(r.body)).not.toContain('room')
    expect((await call(t.app, 'GET', '/api/join/AAAAAAAAAA')).status).toBe(404)
  })

  it('keeps the same identity on rejoin from the same device or session, a new one otherwise', async () => {
    const deviceId = 'device-0123456789abcdef'
    const body = { code: s.review.joinCode, name: 'Komil', groupId: s.groupA, deviceId }
    const first = (await call(t.app, 'POST', '/api/join', { body })).body
    const again = (await call(t.app, 'POST', '/api/join', { body: { ...body, name: 'KOMIL' } })).body
    expect(again.user.id).toBe(first.user.id)
    const bySession = (
      await call(t.app, 'POST', '/api/join', { token: first.token, body: { ...body, deviceId: undefined } })
    ).body
    expect(bySession.user.id).toBe(first.user.id)
    // A session of this review keeps its identity and its group: moving is the facilitator's (issue 16).
    const switched = await call(t.app, 'POST', '/api/join', {
      token: first.token,
      body: { ...body, groupId: s.groupB },
    })
    expect(switched.status).toBe(409)
    expect(switched.body.error.code).toBe('already_joined')
    expect((await call(t.app, 'GET', '/api/me', { token: first.token })).body.participant.groupId).toBe(
      s.groupA,
    )
    await call(t.app, 'POST', '/api/join', { token: first.token, body })
    const otherDevice = (
      await call(t.app, 'POST', '/api/join', { body: { ...body, deviceId: 'device-fedcba9876543210' } })
    ).body
    expect(otherDevice.user.id).not.toBe(first.user.id)
    const otherName = (await call(t.app, 'POST', '/api/join', { body: { ...body, name: 'Lola' } })).body
    expect(otherName.user.id).not.toBe(first.user.id)
  })

  it('refuses unknown codes and groups with 404, a switched-off code with 409 joining_closed', async () => {
    expect(
      (await call(t.app, 'POST', '/api/join', { body: { code: 'ZZZZZZZZZZ', name: 'X', groupId: s.groupA } }))
        .status,
    ).toBe(404)
    expect(
      (
        await call(t.app, 'POST', '/api/join', {
          body: { code: s.review.joinCode, name: 'X', groupId: 'nope' },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await call(t.app, 'POST', '/api/join', {
          body: { code: s.review.joinCode, name: '', groupId: s.groupA },
        })
      ).status,
    ).toBe(400)
    const disabled = await call(t.app, 'PUT', `${reviewUrl()}/join-code`, {
      token: s.tokens.facilitator,
      body: { action: 'disable' },
    })
    expect(disabled.body.joinCode).toBeNull()
    const r = await call(t.app, 'POST', '/api/join', {
      body: { code: s.review.joinCode, name: 'X', groupId: s.groupA },
    })
    // A switched-off code says joining is closed, not "unknown code".
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('joining_closed')
    expect((await call(t.app, 'GET', `/api/join/${s.review.joinCode}`)).body.error.code).toBe(
      'joining_closed',
    )
    // Existing participants stay signed in.
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })).status).toBe(200)
    // Switching it back on keeps the same code, which works again.
    const enabled = await call(t.app, 'PUT', `${reviewUrl()}/join-code`, {
      token: s.tokens.facilitator,
      body: { action: 'enable' },
    })
    expect(enabled.status).toBe(200)
    expect(enabled.body.joinCode).toBe(s.review.joinCode)
    expect(
      (
        await call(t.app, 'POST', '/api/join', {
          body: { code: s.review.joinCode, name: 'Y', groupId: s.groupA },
        })
      ).status,
    ).toBe(201)
    const regenerated = await call(t.app, 'PUT', `${reviewUrl()}/join-code`, {
      token: s.tokens.facilitator,
      body: { action: 'regenerate' },
    })
    expect(regenerated.body.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/)
    expect(
      (
        await call(t.app, 'POST', '/api/join', {
          body: { code: regenerated.body.joinCode, name: 'X', groupId: s.groupA },
        })
      ).status,
    ).toBe(201)
  })

  it('never refuses a classroom: 80 good joins with one code from one address all succeed', async () => {
    const room = await makeApp()
    try {
      const { token } = (
        await call(room.app, 'POST', '/api/setup', { body: { name: 'Boss', password: 'boss password' } })
      ).body
      const draft = (
        await call(room.app, 'POST', '/api/drafts', {
          token,
          body: { title: 'D', text: '1-modda. Maqsad\nMatn.' },
        })
      ).body
      const review = (
        await call(room.app, 'POST', '/api/reviews', {
          token,
          body: { title: 'R', draftId: draft.id, groups: ['A'] },
        })
      ).body
      const statuses: number[] = []
      for (let i = 0; i < 80; i++)
        statuses.push(
          (
            await call(room.app, 'POST', '/api/join', {
              body: { code: review.joinCode, name: `P${i}`, groupId: review.groups[0].id },
            })
          ).status,
        )
      expect(statuses.every((s) => s === 201)).toBe(true)
    } finally {
      await room.close()
    }
  })

  it('rate-limits joins per address and code with 429', async () => {
    const limited = await makeApp()
    try {
      const statuses: number[] = []
      for (let i = 0; i < 11; i++)
        statuses.push(
          (
            await call(limited.app, 'POST', '/api/join', {
              body: { code: 'ABCDEFGHJK', name: 'X', groupId: 'g' },
            })
          ).status,
        )
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404))
      expect(statuses[10]).toBe(429)
    } finally {
      await limited.close()
    }
  })
})

describe('facilitator controls', () => {
  it('refuses newcomers to a closed review with joining_closed; its participants stay', async () => {
    await setPhase(t.app, s, 'closed')
    const r = await call(t.app, 'POST', '/api/join', {
      body: { code: s.review.joinCode, name: 'Late', groupId: s.groupA },
    })
    expect(r.status).toBe(409)
    expect(r.body.error).toEqual({ code: 'joining_closed', message: 'Joining is closed for this review.' })
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })).status).toBe(200)
  })

  it('tells the UI the public address join links use (null when PUBLIC_URL is unset)', async () => {
    const r = await call(t.app, 'GET', '/api/config', { token: s.tokens.facilitator })
    expect(r.status).toBe(200)
    expect(r.body).toEqual({ publicUrl: null })
    expect((await call(t.app, 'GET', '/api/config')).status).toBe(401)
    const withUrl = await makeApp({ publicUrl: 'https://shaffof.example.uz' })
    try {
      const seeded = await seed(withUrl.app)
      const c = await call(withUrl.app, 'GET', '/api/config', { token: seeded.tokens.facilitator })
      expect(c.body).toEqual({ publicUrl: 'https://shaffof.example.uz' })
    } finally {
      await withUrl.close()
    }
  })

  it('changes the phase; invalid phases are 400', async () => {
    const r = await call(t.app, 'PUT', `${reviewUrl()}/phase`, {
      token: s.tokens.facilitator,
      body: { phase: 'reveal' },
    })
    expect(r.body.phase).toBe('reveal')
    expect(
      (
        await call(t.app, 'PUT', `${reviewUrl()}/phase`, {
          token: s.tokens.facilitator,
          body: { phase: 'later' },
        })
      ).status,
    ).toBe(400)
  })

  it('locks a group, lists and moves participants, sets the reference', async () => {
    const locked = await call(t.app, 'PUT', `${reviewUrl()}/groups/${s.groupA}/lock`, {
      token: s.tokens.facilitator,
      body: { locked: true },
    })
    expect(locked.body.locked).toEqual([s.groupA])
    expect(
      (
        await call(t.app, 'PUT', `${reviewUrl()}/groups/nope/lock`, {
          token: s.tokens.facilitator,
          body: { locked: true },
        })
      ).status,
    ).toBe(404)
    const people = (await call(t.app, 'GET', `${reviewUrl()}/participants`, { token: s.tokens.facilitator }))
      .body
    expect(people).toEqual(expect.arrayContaining([{ id: s.users.pA.id, name: 'Aziz', groupId: s.groupA }]))
    const moved = await call(t.app, 'PUT', `${reviewUrl()}/participants/${s.users.pA.id}`, {
      token: s.tokens.facilitator,
      body: { groupId: s.groupB },
    })
    expect(moved.body.groupId).toBe(s.groupB)
    expect((await call(t.app, 'GET', '/api/me', { token: s.tokens.pA })).body.participant.groupId).toBe(
      s.groupB,
    )
    expect(
      (
        await call(t.app, 'PUT', `${reviewUrl()}/participants/nobody`, {
          token: s.tokens.facilitator,
          body: { groupId: s.groupB },
        })
      ).status,
    ).toBe(404)
    const ref = await call(t.app, 'PUT', `${reviewUrl()}/reference`, {
      token: s.tokens.facilitator,
      body: { reference: s.groupB },
    })
    expect(ref.body.reference).toBe(s.groupB)
    expect(
      (
        await call(t.app, 'PUT', `${reviewUrl()}/reference`, {
          token: s.tokens.facilitator,
          body: { reference: 'x' },
        })
      ).status,
    ).toBe(400)
    expect(
      (
        await call(t.app, 'PUT', `${reviewUrl()}/reference`, {
          token: s.tokens.facilitator,
          body: { reference: null },
        })
      ).body.reference,
    ).toBeNull()
  })
})
