/**
 * Experts writing the conclusion themselves, in a real browser: expert one adds a finding no group
 * marked (norm from the list, quote typed), expert two sees it live and widens its span by selecting
 * text of the norm, expert one adjusts the span of an accepted cluster's finding with the offsets; the
 * consolidated findings route returns both, contract-shaped, sources kept, the old versions gone.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Finding } from '../../shared/domain/finding'
import { api, type RunningApp, stopSuite } from './harness'
import { seriousViolations } from './helpers-axe'
import { addFinding, type CompareSeed, signedInPage, startCompareSuite, unitWith } from './helpers-compare'
import { horizontalOverflow, PHONE, signedIn } from './helpers-phone'

let app: RunningApp
let browser: Browser
let seed: CompareSeed
let expert1: string
let expert2: string
let staff: string

beforeAll(async () => {
  ;({
    app,
    browser,
    seed,
    tokens: [expert1, expert2, staff],
  } = await startCompareSuite(['Alpha', 'Beta'], [
    ['Anna Expert', 'expert'],
    ['Bekzod Expert', 'expert'],
    ['Dilnoza Staff', 'staff'],
  ] as const))
  const part = unitWith(seed, 'по своему усмотрению')
  const [g1, g2] = seed.review.groups.map((g) => g.id) as [string, string]
  await addFinding(app.url, seed, g1, {
    unitId: part.id,
    quote: 'по своему усмотрению',
    factorIds: [seed.factorIds[0] ?? ''],
  })
  await addFinding(app.url, seed, g2, {
    unitId: part.id,
    quote: 'своему усмотрению',
    factorIds: [seed.factorIds[0] ?? ''],
  })
}, 120_000)

afterAll(async () => {
  await stopSuite({ app, browser })
})

const quoteIn = (page: Page, text: string) =>
  page.waitForFunction(
    (t) =>
      [...document.querySelectorAll('[data-testid="consolidated-quote"]')].some((q) => q.textContent === t),
    text,
    { timeout: 15_000 },
  )

describe('experts author the conclusion', () => {
  it('adds a finding no group marked and adjusts spans, live for the other expert and over REST', async () => {
    const one = await signedInPage(browser, app, expert1, `/reviews/${seed.review.id}/consolidated`)
    const two = await signedInPage(browser, app, expert2, `/reviews/${seed.review.id}/consolidated`)
    const deadline = unitWith(seed, 'Срок рассмотрения')
    const part = unitWith(seed, 'по своему усмотрению')
    try {
      for (const p of [one.page, two.page])
        await p.locator('[data-testid="room-status"][data-status="connected"]').waitFor({ timeout: 20_000 })

      // Expert one: a finding in a norm no group marked, quote typed, factor, risk and texts chosen.
      await one.page.locator('[data-testid="author-open"]').click()
      const form = one.page.locator('[data-testid="author-form"]')
      await form.locator('[data-testid="author-unit"]').selectOption(deadline.id)
      await form.locator('[data-testid="span-typed"]').fill('уполномоченным органом')
      await form.locator('fieldset input[type="checkbox"]').nth(1).check()
      await form.locator('[data-testid="author-risk"]').selectOption('high')
      await form.locator('[data-testid="author-rationale"]').fill('Срок не установлен законом.')
      await form.locator('[data-testid="author-proposal"]').fill('Установить срок в 10 дней.')
      await form.locator('[data-testid="author-add"]').click()
      await quoteIn(one.page, 'уполномоченным органом')

      // Expert two sees it without a reload and widens the span by selecting text of the norm.
      await quoteIn(two.page, 'уполномоченным органом')
      const card = two.page.locator('[data-testid="consolidated-finding"]', {
        hasText: 'уполномоченным органом',
      })
      expect(await card.textContent()).toContain('Added by the experts')
      await card.locator('[data-testid="span-adjust"]').click()
      const wide = 'устанавливается уполномоченным органом'
      const start = deadline.text.indexOf(wide)
      await card.locator('[data-testid="span-source"]').evaluate(
        (el, [s, e]) => {
          const area = el as HTMLTextAreaElement
          area.focus()
          area.setSelectionRange(s as number, e as number)
          area.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
        },
        [start, start + wide.length],
      )
      expect(await card.locator('[data-testid="span-quote"]').textContent()).toBe(wide)
      await card.locator('[data-testid="span-save"]').click()
      await quoteIn(one.page, wide)

      // Expert one accepts the cluster, then narrows its finding with the offsets.
      await one.page.locator('[data-testid="accept-cluster"]').click()
      const merged = one.page.locator('[data-testid="consolidated-finding"]', { hasText: 'Alpha' })
      await merged.waitFor({ timeout: 15_000 })
      await merged.locator('[data-testid="span-adjust"]').click()
      const narrow = 'усмотрению'
      const at = part.text.indexOf(narrow)
      await merged.locator('[data-testid="span-end"]').fill(String(at + narrow.length))
      await merged.locator('[data-testid="span-start"]').fill(String(at))
      await merged.locator('[data-testid="span-save"]').click()
      await quoteIn(two.page, narrow)
      expect(await two.page.locator('[data-testid="decided-count"]').textContent()).toContain('1 of 1')

      // The server reads the same room: two live findings, contract-shaped, sources kept.
      const rest = await api(app.url, expert2).get<unknown[]>(
        `/api/reviews/${seed.review.id}/consolidated/findings`,
      )
      expect(rest.status).toBe(200)
      expect(rest.body).toHaveLength(2)
      const findings = rest.body.map((f) => Finding.parse(f))
      const authored = findings.find((f) => f.unitId === deadline.id)
      expect(authored).toMatchObject({
        groupId: 'consolidated',
        start,
        end: start + wide.length,
        quote: wide,
        factorIds: [seed.factorIds[1]],
        risk: 'high',
        rationale: 'Срок не установлен законом.',
        proposal: 'Установить срок в 10 дней.',
        sources: [],
      })
      const adjusted = findings.find((f) => f.unitId === part.id)
      expect(adjusted).toMatchObject({ start: at, end: at + narrow.length, quote: narrow })
      expect(adjusted?.sources?.map((s) => s.groupId).sort()).toEqual(
        seed.review.groups.map((g) => g.id).sort(),
      )
    } finally {
      await one.context.close()
      await two.context.close()
    }
  }, 120_000)

  it('fits a 390 px phone, accessibly, with the form and the span adjuster open', async () => {
    const context = await signedIn(browser, app.url, expert1, PHONE)
    const page = await context.newPage()
    try {
      await page.goto(`/reviews/${seed.review.id}/consolidated?lang=en`)
      await page.locator('[data-testid="room-status"][data-status="connected"]').waitFor({ timeout: 20_000 })
      await page.locator('[data-testid="author-open"]').click()
      await page.locator('[data-testid="author-unit"]').selectOption(unitWith(seed, 'вступает в силу').id)
      await page.locator('[data-testid="span-typed"]').fill('вступает в силу')
      const o1 = await horizontalOverflow(page)
      expect(o1.culprits).toEqual([])
      await page.locator('[data-testid="author-add"]').click()
      const added = page.locator('[data-testid="consolidated-finding"]', { hasText: 'вступает в силу' })
      await added.locator('[data-testid="span-adjust"]').click()
      await page.locator('[data-testid="span-adjust-form"]').waitFor()
      const o = await horizontalOverflow(page)
      expect(o.culprits).toEqual([])
      expect(o.scrollWidth).toBeLessThanOrEqual(o.width + 1)
      expect(await seriousViolations(page)).toEqual([])
    } finally {
      await context.close()
    }
  }, 60_000)
  it('gives staff the conclusion to read, without authoring or span controls', async () => {
    const { context, page } = await signedInPage(
      browser,
      app,
      staff,
      `/reviews/${seed.review.id}/consolidated`,
    )
    try {
      await page.locator('[data-testid="room-status"][data-status="connected"]').waitFor({ timeout: 20_000 })
      await page.locator('[data-testid="consolidated-finding"]').first().waitFor({ timeout: 15_000 })
      expect(await page.locator('[data-testid="author-open"]').count()).toBe(0)
      expect(await page.locator('[data-testid="span-adjust"]').count()).toBe(0)
    } finally {
      await context.close()
    }
  }, 60_000)
})
