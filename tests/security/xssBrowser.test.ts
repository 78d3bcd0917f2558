/**
 * Issue 11, script payloads in the UI (Chromium): with a payload in every text field (draft, review,
 * group and user names, finding quote/rationale/proposal, comment), every screen shows them as text.
 * No dialog opens, no payload script runs (`window.__xss` stays unset), and no payload element
 * (`img[src=x]`, `svg[onload]`, an `on*` attribute) ends up in the DOM.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newPerson, type RunningApp, signInContext, startApp } from '../e2e/harness.js'
import { recordFigures } from './kit.js'
import { type HostileSeed, PAYLOADS, seedHostileReview } from './xssSeed.js'

let app: RunningApp
let browser: Browser
let seed: HostileSeed
const dialogs: string[] = []
const visited: string[] = []

/** Everything a payload could have injected into the page. */
const INJECTED = `() => ({
  flag: (window).__xss ?? null,
  elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], iframe, object, embed').length,
  scripts: [...document.scripts].filter((s) => (s.textContent || '').includes('__xss')).length,
  handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
  text: document.body.innerText,
})`

type Injected = { flag: unknown; elements: number; scripts: number; handlers: number; text: string }

async function openAs(token: string): Promise<Page> {
  const context = await newPerson(browser, app)
  await signInContext(context, app.url, token)
  const page = await context.newPage()
  page.on('dialog', (d) => {
    dialogs.push(`${page.url()}: ${d.message()}`)
    void d.dismiss()
  })
  return page
}

/** Visit a screen, wait until `expectText` is shown, and return what the page holds. */
async function visit(page: Page, path: string, expectText: string): Promise<Injected> {
  await page.goto(`${app.url}${path}${path.includes('?') ? '&' : '?'}lang=en`)
  await page.waitForFunction((t) => document.body.innerText.includes(t), expectText, { timeout: 15_000 })
  visited.push(path)
  return (await page.evaluate(`(${INJECTED})()`)) as Injected
}

function expectInert(result: Injected, where: string): void {
  expect(result.flag, where).toBeNull()
  expect(result.elements, where).toBe(0)
  expect(result.scripts, where).toBe(0)
  expect(result.handlers, where).toBe(0)
}

beforeAll(async () => {
  app = await startApp()
  seed = await seedHostileReview(app.url, app.port)
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  recordFigures('xss in the UI (Chromium)', [
    `${visited.length} screens visited with payloads in every text field; dialogs: ${dialogs.length}`,
  ])
  await browser?.close()
  await app?.stop()
})

describe('hostile text in the UI', () => {
  it('shows payloads as text on the staff screens', async () => {
    const page = await openAs(seed.adminToken)
    const screens: [string, string][] = [
      ['/', 'Review <script>'],
      ['/drafts', 'INJECTED'],
      [`/drafts/${seed.draftId}`, 'INJECTED'],
      [`/reviews/${seed.reviewId}`, PAYLOADS.img],
      ['/admin/users', 'Admin <img'],
      [`/reviews/${seed.reviewId}/compare`, 'Group <img'],
      [`/reviews/${seed.reviewId}/consolidated`, 'Merged'],
      [`/reviews/${seed.reviewId}/export`, 'Review <script>'],
    ]
    for (const [path, text] of screens) expectInert(await visit(page, path, text), path)
    expect(dialogs).toEqual([])
  })

  it('shows payloads as text in the group room: findings, rationale, proposal, comments, names', async () => {
    const page = await openAs(seed.participantToken)
    const roomPath = `/reviews/${seed.reviewId}/groups/${seed.groupId}`
    expectInert(await visit(page, roomPath, 'INJECTED'), roomPath)
    // Open the finding that carries the comment: rationale, proposal and the thread render now.
    await page.locator(`[data-testid="finding-item"][data-finding-id="${seed.findingId}"]`).click()
    await page.locator('[data-testid="finding-detail"]').waitFor()
    await page.waitForFunction((t) => document.body.innerText.includes(t), `Comment ${PAYLOADS.script}`, {
      timeout: 15_000,
    })
    const detail = (await page.evaluate(`(${INJECTED})()`)) as Injected
    expectInert(detail, `${roomPath} (finding open)`)
    expect(detail.text).toContain(PAYLOADS.script)
    expect(dialogs).toEqual([])
  })
})
