/**
 * The experts' consensus builder in a real browser: three groups' findings (seeded over REST) form
 * clusters; expert one accepts a cluster into the conclusion and its sources show; expert two, on
 * another page, sees the result live, and sees a rejection made by expert one too.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, stopSuite } from './harness'
import { addFinding, type CompareSeed, signedInPage, startCompareSuite, unitWith } from './helpers-compare'

let app: RunningApp
let browser: Browser
let seed: CompareSeed
let expert1: string
let expert2: string

beforeAll(async () => {
  ;({
    app,
    browser,
    seed,
    tokens: [expert1, expert2],
  } = await startCompareSuite(['Alpha', 'Beta', 'Gamma'], [
    ['Anna Expert', 'expert'],
    ['Bekzod Expert', 'expert'],
  ] as const))
  const part = unitWith(seed, 'по своему усмотрению')
  const deadline = unitWith(seed, 'Срок рассмотрения')
  const [g1, g2, g3] = seed.review.groups.map((g) => g.id) as [string, string, string]
  const [f1, f2] = seed.factorIds as [string, string]
  await addFinding(app.url, seed, g1, {
    unitId: part.id,
    quote: 'по своему усмотрению',
    factorIds: [f1],
    rationale: 'Широкие дискреционные полномочия.',
    proposal: 'Указать исчерпывающие основания отказа.',
  })
  await addFinding(app.url, seed, g2, {
    unitId: part.id,
    quote: 'вправе по своему усмотрению выдать',
    factorIds: [f1, f2],
    rationale: 'Нет критериев решения.',
    proposal: 'Заменить «вправе» на «обязан».',
  })
  await addFinding(app.url, seed, g3, {
    unitId: part.id,
    quote: 'усмотрению выдать разрешение',
    factorIds: [f2],
    rationale: 'Альтернативные полномочия.',
  })
  await addFinding(app.url, seed, g1, {
    unitId: deadline.id,
    quote: 'устанавливается уполномоченным органом',
    factorIds: [f2],
    rationale: 'Срок не определён законом.',
  })
}, 120_000)

afterAll(async () => {
  await stopSuite({ app, browser })
})

describe('consensus builder', () => {
  it('merges a three-group cluster into the conclusion and a second expert sees it live', async () => {
    const one = await signedInPage(browser, app, expert1, `/reviews/${seed.review.id}/consolidated`)
    const two = await signedInPage(browser, app, expert2, `/reviews/${seed.review.id}/consolidated`)
    try {
      for (const p of [one.page, two.page]) {
        await p.locator('[data-testid="cluster-card"]').nth(1).waitFor({ timeout: 20_000 })
        await p.locator('[data-testid="room-status"][data-status="connected"]').waitFor({ timeout: 20_000 })
      }
      const three = one.page.locator('[data-testid="cluster-card"]', { hasText: 'Gamma' })
      expect(await three.count()).toBe(1)
      for (const name of ['Alpha', 'Beta', 'Gamma']) expect(await three.textContent()).toContain(name)

      await three.locator('[data-testid="accept-cluster"]').click()

      // Expert one: the conclusion has the finding, with all three groups as sources.
      const mine = one.page.locator('[data-testid="consolidated-finding"]')
      await mine.first().waitFor()
      const sources = await mine.first().locator('[data-testid="finding-sources"]').textContent()
      for (const name of ['Alpha', 'Beta', 'Gamma']) expect(sources).toContain(name)

      // Expert two: the same finding appears without a reload, with the merged rationale.
      const theirs = two.page.locator('[data-testid="consolidated-finding"]')
      await theirs.first().waitFor({ timeout: 15_000 })
      const theirSources = await theirs.first().locator('[data-testid="finding-sources"]').textContent()
      for (const name of ['Alpha', 'Beta', 'Gamma']) expect(theirSources).toContain(name)
      await two.page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="rationale-editor"]')
            ?.textContent?.includes('Нет критериев решения.') ?? false,
      )
      expect(await two.page.locator('[data-testid="decided-count"]').textContent()).toContain('1 of 2')

      // The server reads the same consolidated room.
      const rest = await api(app.url, expert2).get<{ sources: { groupId: string }[]; factorIds: string[] }[]>(
        `/api/reviews/${seed.review.id}/consolidated/findings`,
      )
      expect(rest.status).toBe(200)
      expect(rest.body).toHaveLength(1)
      expect(rest.body[0]?.sources.map((s) => s.groupId).sort()).toEqual(
        seed.review.groups.map((g) => g.id).sort(),
      )
      expect(rest.body[0]?.factorIds.sort()).toEqual(seed.factorIds.slice(0, 2).sort())

      // Expert one rejects the remaining cluster; expert two sees the decision count move to 2 of 2.
      const rest1 = one.page.locator('[data-testid="cluster-card"]').first()
      await rest1.getByRole('button', { name: 'Reject…' }).click()
      await rest1.locator('textarea').fill('Срок устанавливается постановлением правительства.')
      await rest1.getByRole('button', { name: 'Reject', exact: true }).click()
      await two.page.waitForFunction(
        () =>
          document.querySelector('[data-testid="decided-count"]')?.textContent?.includes('2 of 2') ?? false,
      )

      // Expert two records the drafting body's answer; expert one sees it.
      const card = two.page.locator('[data-testid="consolidated-finding"]').first()
      await card.getByLabel('Partly accepted').check()
      await card.locator('.cmp-response-box textarea').fill('Основания отказа будут перечислены.')
      await card.getByRole('button', { name: 'Record answer' }).click()
      await one.page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="response-summary"]')
            ?.textContent?.includes('Основания отказа будут перечислены.') ?? false,
      )
    } finally {
      await one.context.close()
      await two.context.close()
    }
  }, 90_000)

  it('shows agreement, the heat map and the side-by-side, and follows new findings live', async () => {
    const { context, page } = await signedInPage(
      browser,
      app,
      seed.adminToken,
      `/reviews/${seed.review.id}/compare`,
    )
    try {
      await page.locator('[data-testid="heat-map"]').waitFor({ timeout: 20_000 })
      const heat = await page.locator('[data-testid="heat-map"]').textContent()
      expect(heat).toContain('3/3') // article 2: all three groups found a risk
      expect(heat).toContain('0/3')
      expect(await page.locator('[data-testid="alpha-value"]').textContent()).not.toBe('')
      const side = page.locator('[data-testid="side-by-side"]')
      for (const name of ['Alpha', 'Beta', 'Gamma']) expect(await side.textContent()).toContain(name)
      // Side by side shows what each group argued and proposed, not only the quotes.
      expect(await side.textContent()).toContain('Широкие дискреционные полномочия.')
      expect(await side.textContent()).toContain('Заменить «вправе» на «обязан».')
      await page.locator('[data-testid="factor-chart"]').waitFor()

      // A new finding in article 3 (group Beta) shows up without a reload.
      const closing = unitWith(seed, 'вступает в силу')
      const beta = seed.review.groups[1]?.id ?? ''
      await addFinding(app.url, seed, beta, {
        unitId: closing.id,
        quote: 'вступает в силу',
        factorIds: [seed.factorIds[0] ?? ''],
      })
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="side-by-side"]')?.textContent?.includes('вступает в силу') ??
          false,
        undefined,
        // Within seconds, from the room itself: the page's fallback timer is 30 s (REFRESH_MS).
        { timeout: 6_000 },
      )
      expect(await page.locator('[data-testid="heat-map"]').textContent()).toContain('1/3')
    } finally {
      await context.close()
    }
  }, 60_000)
})
