/**
 * An act without articles (presidential resolution ПҚ-282, numbered by points) is checked point by
 * point: the room's checklist lists its 15 top-level points and the facilitator's console counts the
 * same 15.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, stopSuite } from './harness'
import { DESKTOP, fixtureText, signedIn } from './helpers-phone'
import { openMember, type RoomSeed, startRoomSuite } from './helpers-room'

describe('checklist of a point-numbered resolution', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(
      ['Alpha'],
      fixtureText('uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt'),
    ))
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  it('lists the top-level points in the room and counts them on the console', async () => {
    const points = seed.units.filter((u) => u.kind === 'point' && u.parentId === null)
    expect(points.length).toBe(15)
    expect(seed.units.some((u) => u.kind === 'article')).toBe(false)
    const member = await openMember(browser, app.url, seed, 0, 'Aziza')
    await member.page.locator('[data-testid="tab-checklist"]').click()
    const items = member.page.locator('.checklist-item')
    await expect.poll(() => items.count()).toBe(15)
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit-id')))).toEqual(
      points.map((p) => p.id),
    )
    await member.page.locator('[data-testid="checklist-mark"]').first().selectOption('none')
    await member.page.locator('[data-testid="checklist-mark"]').nth(1).selectOption('found')

    const admin = await signedIn(browser, app.url, seed.adminToken, DESKTOP)
    const console_ = await admin.newPage()
    await console_.goto(`/reviews/${seed.review.id}?lang=en`)
    await expect
      .poll(() => console_.locator('[data-testid="checklist-count"]').first().innerText(), {
        timeout: 15_000,
      })
      .toBe('2 / 15')
    await admin.close()
    await member.context.close()
  })
})
