/**
 * Issue 11, offline for two minutes (Chromium): a participant loses the network (CDP emulation) and
 * keeps annotating (findings with rationales) for OFFLINE_MS (default 120 s) while a group mate keeps
 * annotating online. The UI says "offline: changes are kept on this device"; nothing the offline
 * participant did reaches the server meanwhile. Then the page goes away (a reload with unsynced work,
 * kept only in IndexedDB), comes back online, and every finding from both sides is present on the
 * server and in both browsers, rationales included. Edits lost must be 0.
 */
import type { Browser, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, launchBrowser, type RunningApp, startApp } from '../e2e/harness.js'
import {
  type DraftUnit,
  type Member,
  markFinding,
  openMember,
  type RoomSeed,
  seedRoomReview,
  selectInUnit,
  typeRationale,
  waitLive,
} from '../e2e/helpers-room.js'
import { recordFigures } from '../security/kit.js'

const OFFLINE_MS = Number(process.env.OFFLINE_MS ?? 120_000)

let app: RunningApp
let browser: Browser
let seed: RoomSeed

async function setOffline(page: Page, offline: boolean, cdp?: CDPSession): Promise<CDPSession> {
  const session = cdp ?? (await page.context().newCDPSession(page))
  await session.send('Network.enable')
  await session.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  })
  return session
}

/** Spans already marked by either member, as `unit:start:end`. */
const markedSpans = new Set<string>()

/**
 * A span no earlier finding has (the room asks before marking the same span twice). Bounded: when
 * every span of this unit is taken, the next unit is tried, so a long run never spins on one unit.
 */
function freshSpan(units: DraftUnit[], i: number): { unit: DraftUnit; start: number; end: number } {
  for (let u = 0; u < units.length; u++) {
    const unit = units[(i + u) % units.length]!
    const starts = Math.max(1, unit.text.length - 12)
    for (let k = 0; k < starts; k++) {
      const start = (i * 7 + k) % starts
      const end = Math.min(unit.text.length, start + 6 + (i % 5))
      const key = `${unit.id}:${start}:${end}`
      if (markedSpans.has(key)) continue
      markedSpans.add(key)
      return { unit, start, end }
    }
  }
  throw new Error('every span of every unit is marked already')
}

/** Mark a fresh span as a finding, give it a rationale, close it; returns the finding id. */
async function annotate(page: Page, units: DraftUnit[], i: number, rationale: string): Promise<string> {
  const { unit, start, end } = freshSpan(units, i)
  await selectInUnit(page, unit.id, start, end)
  const id = await markFinding(page)
  await page.keyboard.press('Escape')
  await typeRationale(page, rationale)
  await page.locator('[data-testid="finding-close"]').click()
  await page.locator('[data-testid="finding-detail"]').waitFor({ state: 'detached' })
  return id
}

const itemSelector = (id: string) => `[data-testid="finding-item"][data-finding-id="${id}"]`

beforeAll(async () => {
  app = await startApp()
  browser = await launchBrowser()
  seed = await seedRoomReview(app.url, ['Alpha'])
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe(`offline for ${OFFLINE_MS / 1000} s (Chromium)`, () => {
  it('keeps every offline and online finding, through a reload, and merges them', async () => {
    const group = seed.review.groups[0]!
    const admin = api(app.url, seed.adminToken)
    const serverFindings = async () =>
      (
        await admin.get<{ id: string; rationale: string }[]>(
          `/api/reviews/${seed.review.id}/groups/${group.id}/findings`,
        )
      ).body
    const units = seed.units.filter((u) => u.text.length > 20)
    const a: Member = await openMember(browser, app.url, seed, 0, 'Offline Olim')
    const b: Member = await openMember(browser, app.url, seed, 0, 'Online Oygul')

    const cdp = await setOffline(a.page, true)
    const status = a.page.locator('[data-testid="connection-status"][data-status="offline"]')
    await status.waitFor({ timeout: 10_000 })
    expect(await status.innerText()).toContain('changes are kept on this device')

    const offline = new Map<string, string>()
    const online = new Map<string, string>()
    const started = Date.now()
    for (let i = 0; Date.now() - started < OFFLINE_MS; i++) {
      const text = `oflayn ${i}`
      offline.set(await annotate(a.page, units, i, text), text)
      if (i % 2 === 0) {
        const t = `onlayn ${i}`
        online.set(await annotate(b.page, units, i + 1, t), t)
      }
    }
    const offlineFor = Date.now() - started
    // Still offline, still saying so; the server has the online work and none of the offline work.
    expect(await a.page.locator('[data-testid="connection-status"]').getAttribute('data-status')).toBe(
      'offline',
    )
    const during = new Set((await serverFindings()).map((f) => f.id))
    expect([...online.keys()].every((id) => during.has(id))).toBe(true)
    expect([...offline.keys()].filter((id) => during.has(id))).toEqual([])

    // The page goes away with all of that unsynced; a new page on the same device comes back online.
    await a.page.close()
    await cdp.detach().catch(() => undefined)
    const page2 = await a.context.newPage()
    await page2.goto(`${app.url}/reviews/${seed.review.id}/groups/${group.id}?lang=en`)
    await waitLive(page2)

    const all = new Map([...offline, ...online])
    await expect
      .poll(
        async () => {
          const byId = new Map((await serverFindings()).map((f) => [f.id, f.rationale]))
          return [...all].filter(([id, text]) => !(byId.get(id) ?? '').includes(text)).length
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(0)
    for (const page of [page2, b.page]) {
      for (const id of all.keys())
        await page.locator(itemSelector(id)).waitFor({ state: 'attached', timeout: 15_000 })
    }
    const serverIds = new Set((await serverFindings()).map((f) => f.id))
    const lost = [...all.keys()].filter((id) => !serverIds.has(id)).length
    recordFigures('offline (Chromium)', [
      `offline for ${(offlineFor / 1000).toFixed(0)} s: ${offline.size} findings with rationales made offline, ${online.size} online meanwhile`,
      `after a reload with unsynced work (IndexedDB) and reconnect: ${lost} lost; all ${all.size} in both browsers and on the server`,
    ])
    expect(lost).toBe(0)
    await a.context.close()
    await b.context.close()
  })
})
