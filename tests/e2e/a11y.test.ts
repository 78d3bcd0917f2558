/**
 * Accessibility pass with axe-core on every main screen, at laptop and phone width: no serious or
 * critical violations. Screens are filled with real data (a review with findings, a revealed phase)
 * so the checks see what people see.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, joinGroup, type RunningApp, stopSuite } from './harness'
import { seriousViolations } from './helpers-axe'
import { DESKTOP, fixtureText, PHONE, signedIn } from './helpers-phone'
import { type RoomSeed, startRoomSuite, waitLive } from './helpers-room'

describe('accessibility of the main screens (axe-core)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed
  let memberToken: string

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(
      ['Alpha', 'Beta'],
      fixtureText('uz-latn-anticorruption-law.txt'),
    ))
    const a = api(app.url, seed.adminToken)
    const unit = seed.units.find((u) => u.kind === 'part' || u.kind === 'point')!
    for (const g of seed.review.groups) {
      const res = await a.post(`/api/reviews/${seed.review.id}/groups/${g.id}/findings`, {
        unitId: unit.id,
        start: 0,
        end: Math.min(12, unit.text.length),
        factorIds: seed.factorIds.slice(0, 1),
      })
      expect(res.status).toBe(201)
    }
    memberToken = (await joinGroup(app.url, seed.review.joinCode, 'Aziza', seed.review.groups[0]!.id)).token
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  const screens = (): [string, string, 'admin' | 'member' | 'anon'][] => {
    const r = `/reviews/${seed.review.id}`
    return [
      ['login', '/login?lang=en', 'anon'],
      ['join', `/join?code=${seed.review.joinCode}&lang=en`, 'anon'],
      ['reviews', '/?lang=en', 'admin'],
      ['drafts', '/drafts?lang=en', 'admin'],
      ['draft', `/drafts/${seed.draftId}?lang=en`, 'admin'],
      ['new review', '/reviews/new?lang=en', 'admin'],
      ['console', `${r}?lang=en`, 'admin'],
      ['compare', `${r}/compare?lang=en`, 'admin'],
      ['consolidated', `${r}/consolidated?lang=en`, 'admin'],
      ['export', `${r}/export?lang=en`, 'admin'],
      ['users', '/admin/users?lang=en', 'admin'],
      ['methodologies', '/admin/methodologies?lang=en', 'admin'],
      ['room', `${r}/groups/${seed.review.groups[0]!.id}?lang=en`, 'member'],
    ]
  }

  for (const [device, options] of [
    ['laptop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`has no serious or critical violations (${device})`, async () => {
      const contexts: Record<string, BrowserContext> = {
        admin: await signedIn(browser, app.url, seed.adminToken, options),
        member: await signedIn(browser, app.url, memberToken, options),
        anon: await browser.newContext({ baseURL: app.url, locale: 'en-US', ...options }),
      }
      const found: string[] = []
      for (const [name, path, who] of screens()) {
        const page = await contexts[who]!.newPage()
        await page.goto(path)
        if (name === 'room') await waitLive(page, 60_000)
        await page.waitForLoadState('networkidle')
        await page.locator('main').first().waitFor()
        // One main landmark per screen (pages inside the frame do not nest their own).
        expect(await page.locator('main').count(), `${name}: <main> elements`).toBe(1)
        for (const v of await seriousViolations(page)) found.push(`${name}: ${v}`)
        await page.close()
      }
      for (const c of Object.values(contexts)) await c.close()
      expect(found).toEqual([])
    }, 300_000)
  }
})
