/**
 * The room on a phone and jumps that land: at 390 × 844 (touch) and 1366 × 900 no screen scrolls
 * sideways with any fixture; a finding is made by touch alone; a jump from the checklist to the last
 * article of the longest fixture lands on the first click, stays there, and a drag right after it
 * selects the text under the pointer.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, joinGroup, type RunningApp, setupAdmin, signInContext, startSuite, stopSuite } from './harness'
import { DESKTOP, fixtureNames, fixtureText, horizontalOverflow, PHONE, signedIn } from './helpers-phone'
import { waitLive } from './helpers-room'

type Seeded = { file: string; draftId: string; reviewId: string; groupId: string; token: string }
type Unit = { id: string; kind: string; label: string; text: string }

describe('the room on a phone, and far jumps', () => {
  let app: RunningApp
  let browser: Browser
  let adminToken: string
  const seeded: Seeded[] = []
  let longest: Seeded
  let longestUnits: Unit[]

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
    adminToken = await setupAdmin(app.url)
    const a = api(app.url, adminToken)
    for (const file of fixtureNames()) {
      // A text that is not an act (the news item) goes in as plain text, as its uploader would choose.
      let draft = await a.post<{ id: string }>('/api/drafts', { title: file, text: fixtureText(file) })
      if (draft.status === 422)
        draft = await a.post<{ id: string }>('/api/drafts', {
          title: file,
          text: fixtureText(file),
          plainText: true,
        })
      expect(draft.status, file).toBe(201)
      const review = await a.post<{ id: string; joinCode: string; groups: { id: string }[] }>(
        '/api/reviews',
        {
          title: `Review of ${file}`,
          draftId: draft.body.id,
          groups: ['Alpha'],
        },
      )
      expect(review.status, file).toBe(201)
      const groupId = review.body.groups[0]!.id
      const joined = await joinGroup(app.url, review.body.joinCode, `Reader of ${file.slice(0, 12)}`, groupId)
      seeded.push({ file, draftId: draft.body.id, reviewId: review.body.id, groupId, token: joined.token })
    }
    longest = seeded[0]!
    const d = await a.get<{ units: Unit[] }>(`/api/drafts/${longest.draftId}`)
    longestUnits = d.body.units
  }, 240_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  const roomUrl = (s: Seeded) => `/reviews/${s.reviewId}/groups/${s.groupId}?lang=en`

  async function expectNoSideScroll(page: Page, what: string): Promise<void> {
    const o = await horizontalOverflow(page)
    expect(o.scrollWidth, `${what} scrolls sideways: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.width)
  }

  it('no screen scrolls sideways at phone or laptop width, with any fixture', async () => {
    for (const [name, device] of [
      ['phone', PHONE],
      ['laptop', DESKTOP],
    ] as const) {
      const admin = await signedIn(browser, app.url, adminToken, device)
      const page = await admin.newPage()
      for (const path of ['/?lang=en', '/drafts?lang=en', '/admin/users?lang=en', '/reviews/new?lang=en']) {
        await page.goto(path)
        await page.locator('main').first().waitFor()
        await page.waitForLoadState('networkidle')
        await expectNoSideScroll(page, `${name} ${path}`)
      }
      for (const s of seeded) {
        await page.goto(`/drafts/${s.draftId}?lang=en`)
        await page.locator('.unit-list, [data-testid="unit-list"], main').first().waitFor()
        await page.waitForLoadState('networkidle')
        await expectNoSideScroll(page, `${name} draft ${s.file}`)
        await page.goto(`/reviews/${s.reviewId}?lang=en`)
        await page.waitForLoadState('networkidle')
        await expectNoSideScroll(page, `${name} console ${s.file}`)
      }
      await admin.close()
      const member = await signedIn(browser, app.url, seeded[0]!.token, device)
      for (const s of seeded) {
        // Each participant is in their own review; sign in as that review's member.
        await signInContext(member, app.url, s.token)
        const room = await member.newPage()
        await room.goto(roomUrl(s))
        await waitLive(room, 60_000)
        await expectNoSideScroll(room, `${name} room ${s.file}`)
        if (device === PHONE) {
          await room.locator('[data-testid="pane-panel"]').tap()
          await room.locator('[data-testid="tab-checklist"]').waitFor({ state: 'visible' })
          await expectNoSideScroll(room, `${name} room panel ${s.file}`)
        }
        await room.close()
      }
      await member.close()
    }
  }, 300_000)

  it('makes a finding by touch alone on a phone', async () => {
    const s = seeded.find((x) => x.file.startsWith('uz-latn-anticorruption'))!
    const ctx = await signedIn(browser, app.url, s.token, PHONE)
    const page = await ctx.newPage()
    await page.goto(roomUrl(s))
    await waitLive(page, 60_000)
    const units = (await api(app.url, adminToken).get<{ units: Unit[] }>(`/api/drafts/${s.draftId}`)).body
      .units
    const unit = units.find((u) => u.kind !== 'division' && u.text.length > 60)!
    // A long press selects a word; the handles extend it. The DOM selection is what both leave behind.
    await page.evaluate(
      ({ id, end }) => {
        const el = document.querySelector(`[data-testid="draft-view"] [data-unit-id="${CSS.escape(id)}"]`)!
        el.scrollIntoView({ block: 'center' })
        const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode()!
        const range = document.createRange()
        range.setStart(text, 0)
        range.setEnd(text, Math.min(end, text.textContent!.length))
        const sel = window.getSelection()!
        sel.removeAllRanges()
        sel.addRange(range)
      },
      { id: unit.id, end: 20 },
    )
    const button = page.locator('[data-testid="new-finding"]')
    await button.waitFor({ state: 'visible' })
    // The button sits inside the screen, in reach of a thumb.
    const box = (await button.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    await button.tap()
    // The new finding opens in the panel (the phone shows it instead of the draft).
    await page.locator('[data-testid="finding-detail"]').waitFor({ state: 'visible' })
    await page.locator('[data-testid="pane-panel"][aria-selected="true"]').waitFor()
    await expectNoSideScroll(page, 'phone room with a finding open')
    await ctx.close()
  })

  for (const [name, device] of [
    ['phone', PHONE],
    ['laptop', DESKTOP],
  ] as const) {
    it(`lands on the last article of the longest fixture on the first click (${name})`, async () => {
      const ctx = await signedIn(browser, app.url, longest.token, device)
      const page = await ctx.newPage()
      await page.goto(roomUrl(longest))
      await waitLive(page, 60_000)
      if (device === PHONE) await page.locator('[data-testid="pane-panel"]').tap()
      await page.locator('[data-testid="tab-checklist"]').click()
      const last = longestUnits.filter((u) => u.kind === 'article').at(-1)!
      const item = page.locator(`.checklist-item[data-unit-id="${last.id}"] .checklist-label`)
      await item.scrollIntoViewIfNeeded()
      await item.click()
      const target = page.locator(`[data-testid="draft-view"] [data-unit-id="${last.id}"]`)
      const where = () =>
        target.evaluate((el) => {
          const box = el.getBoundingClientRect()
          const view = el.closest('.draft-scroll')!.getBoundingClientRect()
          return { top: box.top - view.top, bottom: view.bottom - box.bottom, height: view.height }
        })
      // Landed: fully inside the draft's visible box, with no second click.
      await expect.poll(async () => (await where()).top, { timeout: 5000 }).toBeGreaterThanOrEqual(0)
      await expect.poll(async () => (await where()).bottom, { timeout: 5000 }).toBeGreaterThanOrEqual(0)
      const landed = await where()
      // Stays there while the chunks around it are laid out.
      await page.waitForTimeout(1500)
      const later = await where()
      expect(Math.abs(later.top - landed.top)).toBeLessThan(4)
      // A drag right after the jump selects the text under the pointer: the heading of that article.
      const box = (await target.boundingBox())!
      const y = box.y + Math.min(box.height / 2, 10)
      await page.mouse.move(box.x + 4, y)
      await page.mouse.down()
      await page.mouse.move(box.x + Math.min(box.width - 4, 120), y, { steps: 5 })
      await page.mouse.up()
      const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
      expect(selected.length).toBeGreaterThan(0)
      expect(last.text).toContain(selected.trim())
      await expect.poll(() => page.locator('.selection-bar .sel-text strong').innerText()).toBe(last.label)
      await ctx.close()
    })
  }
})
