/**
 * Issue 21 in a real browser: a pasted news item is refused with the reason, "Plain text" keeps it;
 * a UK-style act uploaded as DOCX opens with its 85 sections, Parts and schedules; a real UK act
 * (the Fraud Act 2006) uploaded as PDF opens with its 16 sections and three schedules.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDocx, buildPdf } from '../server/importers/fixtureFiles'
import { fraudActText, scottishStyleAct } from '../shared/structure/ukActSample'
import { type RunningApp, setupAdmin, startSuite, stopSuite } from './harness'
import { person, signInUi } from './helpers-shell'

const NEWS = [
  'Council approves new park',
  'The city council on Tuesday approved plans for a new park in the east of the town. The mayor said the project would cost about £2 million.',
  'Residents welcomed the decision, although some raised concerns about parking.',
].join('\n')

describe('legal text or plain text, and UK-style acts, in the browser', { timeout: 120_000 }, () => {
  let app: RunningApp
  let browser: Browser
  let ctx: BrowserContext
  let page: Page

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
    ctx = await person(browser, app)
    page = await ctx.newPage()
    await setupAdmin(app.url, 'Admin')
    await signInUi(page, 'Admin', 'correct horse battery')
  }, 180_000)
  afterAll(async () => {
    await stopSuite({ app, browser })
  }, 60_000)

  it('refuses a pasted news item with the reason, and keeps it when “Plain text” is ticked', async () => {
    await page.goto('/drafts')
    await page.getByTestId('new-draft').click()
    await page.locator('dialog input[name=title]').fill('Park news')
    await page.locator('dialog textarea[name=text]').fill(NEWS)
    await page.getByTestId('draft-submit').click()
    await page.getByTestId('error-message').waitFor()
    const msg = await page.getByTestId('error-message').innerText()
    expect(msg).toMatch(/does not look like a legal text/)
    expect(msg).toMatch(/Plain text/)
    expect(new URL(page.url()).pathname).toBe('/drafts')
    await page.getByTestId('draft-plain-text').check()
    await page.getByTestId('draft-submit').click()
    await page.waitForURL(/\/drafts\/[^/]+$/)
    expect(await page.getByTestId('draft-title').innerText()).toBe('Park news')
  })

  it('opens a Scottish-style act uploaded as DOCX with its sections, Parts and schedules', async () => {
    await page.goto('/drafts')
    await page.getByTestId('new-draft').click()
    await page.locator('dialog label', { hasText: 'Upload a file' }).click()
    const bytes = await buildDocx(scottishStyleAct())
    await page.getByTestId('file-input').setInputFiles({
      name: 'community-boards.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(bytes),
    })
    await page.getByTestId('draft-submit').click()
    await page.waitForURL(/\/drafts\/[^/]+$/, { timeout: 60_000 })
    await page.getByTestId('outline').waitFor()
    const articles = await page.locator('[data-testid=unit-counts] [data-kind=article] dd').innerText()
    expect(Number(articles)).toBe(85)
    const outline = await page.locator('[data-testid=outline]').innerText()
    expect(outline).toContain('35 Conditions of membership')
    const schedules = await page.locator('[data-testid=unit-counts] [data-kind=annex] dd').innerText()
    expect(Number(schedules)).toBe(2)
  })

  it('opens a real UK act, the Fraud Act 2006, uploaded as PDF with its sections and schedules', async () => {
    await page.goto('/drafts')
    await page.getByTestId('new-draft').click()
    await page.locator('dialog label', { hasText: 'Upload a file' }).click()
    const bytes = await buildPdf(fraudActText())
    await page.getByTestId('file-input').setInputFiles({
      name: 'fraud-act-2006.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(bytes),
    })
    await page.getByTestId('draft-submit').click()
    await page.waitForURL(/\/drafts\/[^/]+$/, { timeout: 60_000 })
    await page.getByTestId('outline').waitFor()
    const articles = await page.locator('[data-testid=unit-counts] [data-kind=article] dd').innerText()
    expect(Number(articles)).toBe(16)
    const outline = await page.locator('[data-testid=outline]').innerText()
    expect(outline).toContain('2 Fraud by false representation')
    expect(outline).toContain('5 “Gain” and “loss”')
    const schedules = await page.locator('[data-testid=unit-counts] [data-kind=annex] dd').innerText()
    expect(Number(schedules)).toBe(3)
  })
})
