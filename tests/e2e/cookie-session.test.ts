/**
 * The browser's session is the httpOnly cookie alone (issue 16): after joining through the UI and opening
 * the room, web storage holds no token, no WebSocket URL carries `token=`, page scripts cannot read the
 * cookie, the room still syncs, and signing out ends the session on the server.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, newPerson, type RunningApp, sessionTokenOf, startSuite, stopSuite } from './harness'
import {
  markFinding,
  openMember,
  type RoomSeed,
  seedRoomReview,
  selectInUnit,
  unitWith,
  waitLive,
} from './helpers-room'

/** Every key and value in the page's localStorage and sessionStorage. */
function webStorage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) =>
      Array.from({ length: s.length }, (_, i) => {
        const key = s.key(i) ?? ''
        return `${key}=${s.getItem(key) ?? ''}`
      }),
    ),
  )
}

describe('cookie session (browser)', () => {
  let app: RunningApp
  let browser: Browser
  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  it('keeps no token in web storage or WebSocket URLs, syncs the room, and signs out on the server', {
    timeout: 120_000,
  }, async () => {
    // A fresh review per attempt, so a CI retry starts from an empty room.
    const seed: RoomSeed = await seedRoomReview(app.url, ['Alpha'])
    const group = seed.review.groups[0]!
    const context: BrowserContext = await newPerson(browser, app)
    context.setDefaultTimeout(30_000)
    const page = await context.newPage()
    const sockets: string[] = []
    page.on('websocket', (ws) => sockets.push(ws.url()))

    // A token left behind by an earlier version of the app is removed on start.
    await page.goto('/join?lang=en')
    await page.evaluate(() => {
      localStorage.setItem('shaffof.token', 'left-by-an-old-version')
      sessionStorage.setItem('shaffof.token', 'left-by-an-old-version')
    })

    await page.goto(`/join?code=${encodeURIComponent(seed.review.joinCode)}&lang=en`)
    await page.getByTestId('join-review').waitFor()
    await page.locator('input[name=name]').fill('Cookie Kamola')
    await page.locator('select[name=groupId]').selectOption(group.id)
    await page.getByTestId('join-submit').click()
    await page.waitForURL(`**/reviews/${seed.review.id}/groups/${group.id}`)
    await waitLive(page, 30_000)

    const token = await sessionTokenOf(context)
    expect(token).not.toBe('')
    const cookie = (await context.cookies()).find((c) => c.value === token)
    expect(cookie?.httpOnly).toBe(true)
    expect(await page.evaluate(() => document.cookie)).not.toContain(token)
    const stored = await webStorage(page)
    expect(stored.join('\n')).not.toContain(token)
    expect(stored.filter((kv) => /token/i.test(kv))).toEqual([])
    expect(sockets.length).toBeGreaterThan(0)
    expect(sockets.filter((u) => /[?&]token=/.test(u))).toEqual([])

    // The room still syncs both ways with a group mate over cookie-only sockets.
    const mate = await openMember(browser, app.url, seed, 0, 'Cookie Mate')
    const unit = unitWith(seed.units, 'oʻz xohishiga koʻra')
    await selectInUnit(page, unit.id, 0, 15)
    const id = await markFinding(page)
    await page.keyboard.press('Escape')
    await mate.page
      .locator(`[data-testid="draft-view"] [data-finding-id="${id}"]`)
      .first()
      .waitFor({ timeout: 30_000 })
    const other = unitWith(seed.units, 'Arizani koʻrib chiqish')
    await selectInUnit(mate.page, other.id, 0, 10)
    const mateId = await markFinding(mate.page)
    await mate.page.keyboard.press('Escape')
    await page
      .locator(`[data-testid="draft-view"] [data-finding-id="${mateId}"]`)
      .first()
      .waitFor({ timeout: 30_000 })
    expect(sockets.filter((u) => /[?&]token=/.test(u))).toEqual([])

    // Signing out ends the session on the server and drops the cookie.
    expect((await api(app.url, token).get('/api/me')).status).toBe(200)
    await page.getByTestId('sign-out').click()
    await page.waitForURL('**/join')
    await expect.poll(() => sessionTokenOf(context), { timeout: 10_000 }).toBe('')
    expect((await api(app.url, token).get('/api/me')).status).toBe(401)
    expect((await webStorage(page)).filter((kv) => /token/i.test(kv))).toEqual([])
    await mate.context.close()
    await context.close()
  })
})
