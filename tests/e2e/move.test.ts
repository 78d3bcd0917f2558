/**
 * A participant moved to another group follows into that group's room without a reload; during the
 * blind phase, opening another group's room says so and offers the way back.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, stopSuite } from './harness'
import { openMember, type RoomSeed, startRoomSuite, waitLive } from './helpers-room'

describe('moving a participant between groups (browser)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(['Alpha', 'Beta']))
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  it('follows the participant into the new group’s room, no reload', async () => {
    const [alpha, beta] = seed.review.groups
    const m = await openMember(browser, app.url, seed, 0, 'Aziza')
    // A marker on the window survives only if the page is never reloaded.
    await m.page.evaluate(() => {
      ;(window as unknown as { stayed: boolean }).stayed = true
    })
    const moved = await api(app.url, seed.adminToken).put(
      `/api/reviews/${seed.review.id}/participants/${m.userId}`,
      { groupId: beta!.id },
    )
    expect(moved.status).toBe(200)
    await m.page.waitForURL((u) => u.pathname.endsWith(`/groups/${beta!.id}`), { timeout: 20_000 })
    await waitLive(m.page, 20_000)
    expect(await m.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    // Writable in the new room (not read-only as another group's).
    expect(await m.page.locator('[data-testid="read-only-banner"]').count()).toBe(0)
    expect(await m.page.locator('.room-group').innerText()).toContain('Beta')

    // The old room is now another group's room: it says so and leads back.
    await m.page.goto(`/reviews/${seed.review.id}/groups/${alpha!.id}?lang=en`)
    await m.page.locator('[data-testid="other-group-room"]').waitFor()
    expect(await m.page.locator('.empty-title').innerText()).toBe("This is another group's room")
    await m.page.locator('[data-testid="back-to-own-group"]').click()
    await m.page.waitForURL((u) => u.pathname.endsWith(`/groups/${beta!.id}`))
    await waitLive(m.page)
    await m.context.close()
  })
})
