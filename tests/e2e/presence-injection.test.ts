/**
 * Presence injection (issue 16) in a real browser: a group mate's script publishes presence with a
 * staff name, another user's id and a colour that is CSS (`red;position:fixed;…`, the "session
 * expired" overlay). On the honest member's screen the mate appears under their own name, in a
 * plain colour, and nothing covers the draft. (Stamping and read-only presence over sockets:
 * tests/server/api/presence.test.ts.)
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeer, type TestPeer, waitForSync } from '../helpers/wsClient'
import { joinGroup, type RunningApp, stopSuite } from './harness'
import { type Member, openMember, type RoomSeed, startRoomSuite } from './helpers-room'

const OVERLAY =
  'red;position:fixed;inset:0;z-index:99999;content:"Session expired";background:#fff url(https://evil.example/x.png)'

describe('presence injection (browser)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed
  let honest: Member
  const scripts: TestPeer[] = []

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(['Alpha', 'Beta']))
    honest = await openMember(browser, app.url, seed, 0, 'Aziza')
  }, 120_000)

  afterAll(async () => {
    for (const p of scripts) p.destroy()
    await stopSuite({ app, browser })
  })

  it('shows a forged name, id and colour as the sender really is, in a plain colour', async () => {
    const group = seed.review.groups[0]!
    const mallory = await joinGroup(app.url, seed.review.joinCode, 'Mallory', group.id)
    const script = createPeer(`${app.url.replace(/^http/, 'ws')}/collab`, group.room, {
      token: mallory.token,
    })
    scripts.push(script)
    await waitForSync(script.provider, 15_000)
    script.provider.awareness.setLocalStateField('user', {
      id: 'admin-id',
      name: 'Fatima (Facilitator)',
      color: OVERLAY,
      role: 'facilitator',
    })
    const presence = honest.page.locator('[data-testid="presence"] .presence-person')
    await presence.filter({ hasText: 'Mallory' }).waitFor({ timeout: 15_000 })
    const names = await honest.page.locator('[data-testid="presence"] .presence-name').allTextContents()
    expect(names).toContain('Mallory')
    expect(names.join(' ')).not.toContain('Facilitator')
    const styles = await honest.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[style]')].map((e) => e.getAttribute('style') ?? ''),
    )
    expect(styles.filter((s) => /position|evil\.example|z-index/.test(s))).toEqual([])
    const colour = await presence
      .filter({ hasText: 'Mallory' })
      .locator('.presence-initial')
      .evaluate((e) => getComputedStyle(e).backgroundColor)
    expect(colour).toMatch(/^rgb\(\d+, \d+, \d+\)$/)
    // The draft is not covered: the element at the centre of the viewport belongs to the app.
    const covered = await honest.page.evaluate(() => {
      const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2)
      return el ? getComputedStyle(el).position === 'fixed' && el.textContent?.includes('expired') : false
    })
    expect(covered).toBe(false)
  })
})
