/**
 * A seminar in a real browser: the facilitator creates a review with three groups, three people join
 * on their own pages, the console follows live; reveal lets groups read each other; close stops writes.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, sessionTokenOf, setupAdmin, startSuite, stopSuite } from './harness'
import { person, signInUi, uzbekDraft } from './helpers-shell'

type Review = { id: string; joinCode: string; groups: { id: string; name: string; room: string }[] }

describe('a seminar, end to end', { timeout: 120_000 }, () => {
  let app: RunningApp
  let browser: Browser
  let console_: Page
  const people: { page: Page; token: string; groupId: string; name: string }[] = []
  let review: Review
  let unitId = ''
  let adminToken = ''

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
    adminToken = await setupAdmin(app.url)
    const admin = api(app.url, adminToken)
    const fac = await admin.post('/api/users', {
      name: 'Facilitator',
      password: 'facilitate-123',
      role: 'facilitator',
    })
    expect(fac.status).toBe(201)
    const draft = await admin.post<{ id: string; units: { id: string; kind: string; text: string }[] }>(
      '/api/drafts',
      {
        title: 'Seminar draft',
        text: uzbekDraft(1, 3),
      },
    )
    expect(draft.status).toBe(201)
    unitId = draft.body.units.find((u) => u.kind === 'part' && u.text.includes('ruxsat'))?.id ?? ''
    expect(unitId).not.toBe('')
  }, 180_000)
  afterAll(async () => {
    await stopSuite({ app, browser })
  }, 60_000)

  it('the facilitator creates a review with three groups in the UI', async () => {
    const ctx = await person(browser, app)
    console_ = await ctx.newPage()
    await signInUi(console_, 'Facilitator', 'facilitate-123')
    await console_.getByTestId('new-review').click()
    await console_.waitForURL('**/reviews/new')
    await console_.locator('input[name=title]').fill('Anti-corruption seminar')
    expect(await console_.getByTestId('group-name').count()).toBe(3)
    await console_.getByTestId('create-review').click()
    await console_.waitForURL((u) => /^\/reviews\/[^/]+$/.test(u.pathname) && u.pathname !== '/reviews/new')
    const id = new URL(console_.url()).pathname.split('/')[2] ?? ''
    const res = await api(app.url, adminToken).get<Review>(`/api/reviews/${id}`)
    review = res.body
    expect(review.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3'])
    await console_.getByTestId('join-code').waitFor()
    expect(await console_.getByTestId('join-code').innerText()).toBe(review.joinCode)
    expect(await console_.getByTestId('group-card').count()).toBe(3)
  })

  it('three participants join on separate pages and land in their rooms; the console sees them', async () => {
    const names = ['Aziza', 'Bekzod', 'Charos']
    for (const [i, name] of names.entries()) {
      const group = review.groups[i] as Review['groups'][number]
      const ctx = await person(browser, app)
      const page = await ctx.newPage()
      await page.goto(`/join?code=${encodeURIComponent(review.joinCode)}`)
      await page.getByTestId('join-review').waitFor()
      await page.locator('input[name=name]').fill(name)
      await page.locator('select[name=groupId]').selectOption(group.id)
      await page.getByTestId('join-submit').click()
      await page.waitForURL(`**/reviews/${review.id}/groups/${group.id}`)
      await page.getByTestId('group-room').waitFor()
      const token = await sessionTokenOf(ctx)
      expect(token).not.toBe('')
      people.push({ page, token, groupId: group.id, name })
    }
    for (const p of people) {
      await console_.waitForFunction(
        (gid) =>
          document.querySelector(`[data-group-id="${gid}"] [data-testid=online-count]`)?.textContent === '1',
        p.groupId,
      )
    }
    await console_.waitForFunction(
      () => document.querySelectorAll('[data-testid=participants] tbody tr').length === 3,
    )
  })

  it('a finding made in group 1 shows up live on the console and in the room', async () => {
    const p = people[0] as (typeof people)[number]
    const res = await api(app.url, p.token).post(`/api/reviews/${review.id}/groups/${p.groupId}/findings`, {
      unitId,
      quote: 'oʻz xohishiga koʻra',
      factorIds: [],
      rationale: 'Broad discretion.',
    })
    expect(res.status).toBe(201)
    await console_.waitForFunction(
      (gid) =>
        document.querySelector(`[data-group-id="${gid}"] [data-testid=findings-count]`)?.textContent === '1',
      p.groupId,
    )
    await p.page.getByTestId('finding-item').first().waitFor()
    // Other groups' counts stay at zero: the console reads each group's own room.
    const others = await console_.locator('[data-testid=findings-count]').allInnerTexts()
    expect(others.sort()).toEqual(['0', '0', '1'])
  })

  it('rejoining on the same device keeps the same identity', async () => {
    const p = people[0] as (typeof people)[number]
    const before = await api(app.url, p.token).get<{ user: { id: string } }>('/api/me')
    await p.page.goto(`/join?code=${encodeURIComponent(review.joinCode)}`)
    await p.page.getByTestId('join-review').waitFor()
    expect(await p.page.locator('input[name=name]').inputValue()).toBe(p.name)
    await p.page.locator('select[name=groupId]').selectOption(p.groupId)
    await p.page.getByTestId('join-submit').click()
    await p.page.waitForURL(`**/reviews/${review.id}/groups/${p.groupId}`)
    await p.page.getByTestId('group-room').waitFor()
    const token = await sessionTokenOf(p.page.context())
    const after = await api(app.url, token).get<{ user: { id: string } }>('/api/me')
    expect(after.body.user.id).toBe(before.body.user.id)
    p.token = token
    const list = await api(app.url, adminToken).get<unknown[]>(`/api/reviews/${review.id}/participants`)
    expect(list.body).toHaveLength(3)
  })

  it('locking a group from the console makes it read-only until unlocked', async () => {
    const p = people[2] as (typeof people)[number]
    const card = console_.locator(`[data-group-id="${p.groupId}"]`)
    await card.getByTestId('lock-group').click()
    await card.getByText('Locked').waitFor()
    const blocked = await api(app.url, p.token).post(
      `/api/reviews/${review.id}/groups/${p.groupId}/findings`,
      {
        unitId,
        quote: 'ruxsat',
        factorIds: [],
      },
    )
    expect(blocked.status).toBe(403)
    await card.getByTestId('lock-group').click()
    await card.getByText('Locked').waitFor({ state: 'detached' })
    const allowed = await api(app.url, p.token).post(
      `/api/reviews/${review.id}/groups/${p.groupId}/findings`,
      {
        unitId,
        quote: 'ruxsat',
        factorIds: [],
      },
    )
    expect(allowed.status).toBe(201)
    await console_.waitForFunction(
      (gid) =>
        document.querySelector(`[data-group-id="${gid}"] [data-testid=findings-count]`)?.textContent === '1',
      p.groupId,
    )
  })

  it('during annotation a participant cannot write to another group', async () => {
    const p = people[1] as (typeof people)[number]
    const res = await api(app.url, p.token).post(
      `/api/reviews/${review.id}/groups/${people[0]?.groupId}/findings`,
      {
        unitId,
        quote: 'ruxsat',
        factorIds: [],
      },
    )
    expect(res.status).toBe(403)
  })

  it('reveal: participants may open other groups read-only', async () => {
    await console_.getByTestId('phase-reveal').click()
    await console_.waitForFunction(
      () => document.querySelector('[data-testid=review-phase]')?.textContent === 'Comparison',
    )
    const p = people[1] as (typeof people)[number]
    await p.page.getByTestId('group-switcher').waitFor({ timeout: 20_000 })
    await p.page.getByTestId('group-switcher').selectOption(people[0]?.groupId ?? '')
    await p.page.getByTestId('other-group-pane').waitFor()
    await p.page.locator('[data-testid=other-group-pane] [data-testid=finding-item]').first().waitFor()
    const read = await api(app.url, p.token).get<unknown[]>(
      `/api/reviews/${review.id}/groups/${people[0]?.groupId}/findings`,
    )
    expect(read.status).toBe(200)
    expect(read.body).toHaveLength(1)
    const write = await api(app.url, p.token).post(
      `/api/reviews/${review.id}/groups/${people[0]?.groupId}/findings`,
      {
        unitId,
        quote: 'ruxsat',
        factorIds: [],
      },
    )
    expect(write.status).toBe(403)
  })

  it('the join code can be regenerated and shown on the projector', async () => {
    const before = await console_.getByTestId('join-code').innerText()
    await console_.getByTestId('regenerate-code').click()
    await console_.waitForFunction((b) => {
      const t = document.querySelector('[data-testid=join-code]')?.textContent
      return !!t && t !== b
    }, before)
    await console_.getByTestId('open-projector').click()
    await console_.getByTestId('projector').waitFor()
    const code = await console_.getByTestId('join-code').innerText()
    expect(await console_.getByTestId('projector').innerText()).toContain(code)
    expect(await console_.locator('[data-testid=projector] img').count()).toBe(1)
    await console_.keyboard.press('Escape')
    await console_.getByTestId('projector').waitFor({ state: 'detached' })
  })

  it('close: nothing more can be written, and the rooms say so', async () => {
    await console_.getByTestId('phase-closed').click()
    await console_.getByTestId('confirm-close').click()
    await console_.waitForFunction(
      () => document.querySelector('[data-testid=review-phase]')?.textContent === 'Closed',
    )
    // A closed review takes no newcomers: the console says so instead of showing a code.
    await console_.getByTestId('join-disabled').waitFor()
    expect(await console_.getByTestId('join-disabled').innerText()).toBe(
      'Joining is closed: the review is closed.',
    )
    for (const p of people) {
      const res = await api(app.url, p.token).post(`/api/reviews/${review.id}/groups/${p.groupId}/findings`, {
        unitId,
        quote: 'ruxsat',
        factorIds: [],
      })
      expect(res.status).toBe(403)
      await p.page.getByTestId('read-only-banner').waitFor({ timeout: 20_000 })
    }
    const count = await api(app.url, adminToken).get<unknown[]>(
      `/api/reviews/${review.id}/groups/${people[0]?.groupId}/findings`,
    )
    expect(count.body).toHaveLength(1)
  })

  it('the facilitator moves a participant to another group', async () => {
    const p = people[1] as (typeof people)[number]
    const target = review.groups[2]?.id ?? ''
    const select = console_.locator('[data-testid=participants] tr', { hasText: p.name }).locator('select')
    await select.selectOption(target)
    await console_.waitForFunction(
      ([name, gid]) =>
        [...document.querySelectorAll('[data-testid=participants] tr')].some(
          (tr) =>
            tr.textContent?.includes(name as string) &&
            (tr.querySelector('select') as HTMLSelectElement | null)?.value === gid,
        ),
      [p.name, target],
    )
    const me = await api(app.url, p.token).get<{ participant?: { groupId: string } }>('/api/me')
    expect(me.body.participant?.groupId).toBe(target)
  })
})
