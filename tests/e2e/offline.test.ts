/**
 * Offline work in the group room: a participant loses the network (Chromium's network emulation),
 * keeps annotating, the UI says so; changes stay on the device (IndexedDB) through a reload and merge
 * with a group mate's work when the network is back.
 */
import type { Browser, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, stopSuite } from './harness'
import {
  type Member,
  markFinding,
  openMember,
  type RoomSeed,
  selectInUnit,
  startRoomSuite,
  typeRationale,
  unitWith,
  waitLive,
} from './helpers-room'

async function setOffline(page: Page, offline: boolean): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  })
  return cdp
}

/** Number of stored updates in the room's IndexedDB (y-indexeddb keeps one row per update). */
function storedUpdates(page: Page, room: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(name)
        req.onerror = () => reject(req.error)
        req.onsuccess = () => {
          const db = req.result
          if (!db.objectStoreNames.contains('updates')) return resolve(0)
          const count = db.transaction('updates').objectStore('updates').count()
          count.onsuccess = () => {
            resolve(count.result)
            db.close()
          }
        }
      }),
    room,
  )
}

describe('offline (browser)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(['Alpha']))
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  const findingIds = async (groupId: string) =>
    (
      await api(app.url, seed.adminToken).get<Array<{ id: string }>>(
        `/api/reviews/${seed.review.id}/groups/${groupId}/findings`,
      )
    ).body.map((f) => f.id)

  it('keeps annotating offline, survives a reload, and merges with the group when back online', {
    timeout: 90_000,
  }, async () => {
    const group = seed.review.groups[0]!
    const a: Member = await openMember(browser, app.url, seed, 0, 'Offline Olim')
    const b: Member = await openMember(browser, app.url, seed, 0, 'Online Oygul')

    const cdp = await setOffline(a.page, true)
    await a.page
      .locator('[data-testid="connection-status"][data-status="offline"]')
      .waitFor({ timeout: 5000 })
    expect(await a.page.locator('[data-testid="connection-status"]').innerText()).toContain(
      'changes are kept on this device',
    )

    // Annotate while offline.
    const unit = unitWith(seed.units, 'oʻz xohishiga koʻra')
    const stored = await storedUpdates(a.page, group.room)
    await selectInUnit(a.page, unit.id, 0, 15)
    const offlineId = await markFinding(a.page)
    await a.page.keyboard.press('Escape')
    await typeRationale(a.page, 'Yozildi oflayn.')
    await expect.poll(() => storedUpdates(a.page, group.room), { timeout: 5000 }).toBeGreaterThan(stored)

    // Meanwhile the mate adds a finding online; the server has it, but not the offline one.
    const other = unitWith(seed.units, 'Arizani koʻrib chiqish')
    await selectInUnit(b.page, other.id, 0, 10)
    const onlineId = await markFinding(b.page)
    await expect.poll(() => findingIds(group.id), { timeout: 5000 }).toContain(onlineId)
    expect(await findingIds(group.id)).not.toContain(offlineId)
    expect(await a.page.locator(`[data-testid="finding-item"][data-finding-id="${onlineId}"]`).count()).toBe(
      0,
    )

    // "Reload": the page goes away before anything was sent; a new page on the same device comes back online.
    await a.page.close()
    await cdp.detach().catch(() => undefined)
    const page2 = await a.context.newPage()
    await page2.goto(`${app.url}/reviews/${seed.review.id}/groups/${group.id}?lang=en`)
    await waitLive(page2)
    await page2
      .locator(`[data-testid="finding-item"][data-finding-id="${offlineId}"]`)
      .waitFor({ timeout: 5000 })
    await page2
      .locator(`[data-testid="finding-item"][data-finding-id="${onlineId}"]`)
      .waitFor({ timeout: 5000 })
    expect(
      await page2.locator(`[data-testid="finding-item"][data-finding-id="${offlineId}"]`).innerText(),
    ).toContain('Offline Olim')

    // The group mate and the server now have the offline work, rationale included.
    await b.page
      .locator(`[data-testid="draft-view"] [data-finding-id="${offlineId}"]`)
      .first()
      .waitFor({ timeout: 5000 })
    await expect
      .poll(
        async () => {
          const res = await api(app.url, seed.adminToken).get<{ rationale: string }>(
            `/api/reviews/${seed.review.id}/groups/${group.id}/findings/${offlineId}`,
          )
          return res.body.rationale
        },
        { timeout: 5000 },
      )
      .toContain('Yozildi oflayn.')
    await b.context.close()
    await a.context.close()
  })

  it('reconnects without a reload and both sides converge', { timeout: 90_000 }, async () => {
    const group = seed.review.groups[0]!
    const a = await openMember(browser, app.url, seed, 0, 'Sayyor')
    const b = await openMember(browser, app.url, seed, 0, 'Sobit')
    const cdp = await setOffline(a.page, true)
    await a.page
      .locator('[data-testid="connection-status"][data-status="offline"]')
      .waitFor({ timeout: 5000 })
    const unit = unitWith(seed.units, 'rasmiy eʼlon')
    await selectInUnit(a.page, unit.id, 5, 12)
    const offlineId = await markFinding(a.page)
    await selectInUnit(b.page, unit.id, 14, 20)
    const onlineId = await markFinding(b.page)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await a.page
      .locator('[data-testid="connection-status"][data-status="connected"]')
      .waitFor({ timeout: 10_000 })
    for (const m of [a, b]) {
      for (const id of [offlineId, onlineId])
        await m.page
          .locator(`[data-testid="draft-view"] [data-finding-id="${id}"]`)
          .first()
          .waitFor({ timeout: 5000 })
    }
    await expect
      .poll(() => findingIds(group.id), { timeout: 5000 })
      .toEqual(expect.arrayContaining([offlineId, onlineId]))
    await a.context.close()
    await b.context.close()
  })

  it('reloads offline: the room opens from the device, and merges when the network returns', {
    timeout: 90_000,
  }, async () => {
    const group = seed.review.groups[0]!
    const a = await openMember(browser, app.url, seed, 0, 'Qishloq Qodir')
    // The service worker has taken the page over and kept what the room read.
    await a.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: 20_000,
    })
    await expect
      .poll(
        () =>
          a.page.evaluate(async () => {
            const cache = await caches.open('shaffof-data-v1')
            return (await cache.keys()).map((r) => new URL(r.url).pathname)
          }),
        { timeout: 10_000 },
      )
      .toEqual(expect.arrayContaining([`/api/reviews/${seed.review.id}`, '/api/me']))

    await a.context.setOffline(true)
    await a.page.reload()
    await a.page.locator('[data-testid="draft-view"]').waitFor({ timeout: 20_000 })
    await a.page
      .locator('[data-testid="connection-status"][data-status="offline"]')
      .waitFor({ timeout: 10_000 })
    // Work done offline after the reload reaches the server once the network is back.
    const unit = unitWith(seed.units, 'Arizani koʻrib chiqish')
    await selectInUnit(a.page, unit.id, 2, 9)
    const id = await markFinding(a.page)
    expect(await findingIds(group.id)).not.toContain(id)
    await a.context.setOffline(false)
    await a.page
      .locator('[data-testid="connection-status"][data-status="connected"]')
      .waitFor({ timeout: 20_000 })
    await expect.poll(() => findingIds(group.id), { timeout: 10_000 }).toContain(id)
    await a.context.close()
  })
})
