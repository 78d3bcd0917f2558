/**
 * The room's rough edges: the same span marked twice in a row is caught, an over-limit paste into a
 * rationale says why nothing was added, the outline moves through the draft, and Alt+↓ / Alt+↑ (or
 * the panel's buttons) step through findings in draft order.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FINDING_LIMITS } from '../../shared/domain/finding'
import { api, type RunningApp, stopSuite } from './harness'
import { fixtureText } from './helpers-phone'
import {
  type Member,
  markFinding,
  openMember,
  type RoomSeed,
  selectInUnit,
  startRoomSuite,
} from './helpers-room'

describe('room rough edges (browser)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed
  let m: Member

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(['Alpha'], fixtureText('uz-latn-anticorruption-law.txt')))
    m = await openMember(browser, app.url, seed, 0, 'Aziza')
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  const articles = () => seed.units.filter((u) => u.kind === 'article')

  it('asks before marking the same text twice in a row', async () => {
    const unit = seed.units.find((u) => u.kind !== 'article' && u.text.length > 40)!
    await selectInUnit(m.page, unit.id, 0, 20)
    const first = await markFinding(m.page)
    await m.page.keyboard.press('Escape')
    await selectInUnit(m.page, unit.id, 0, 20)
    await m.page.locator('[data-testid="new-finding"]').click()
    await m.page.locator('[data-testid="duplicate-mark"]').waitFor()
    // "Open the existing finding": no second finding, the first one opens.
    await m.page.locator('[data-testid="duplicate-open"]').click()
    await m.page.locator(`[data-testid="finding-detail"][data-finding-id="${first}"]`).waitFor()
    await selectInUnit(m.page, unit.id, 0, 20)
    await m.page.locator('[data-testid="new-finding"]').click()
    await m.page.locator('[data-testid="duplicate-again"]').click()
    await expect
      .poll(() => m.page.locator('[data-testid="finding-detail"]').getAttribute('data-finding-id'))
      .not.toBe(first)
    await m.page.locator('[data-testid="tab-findings"]').click()
    await expect.poll(() => m.page.locator('[data-testid="tab-findings"] .tab-count').innerText()).toBe('2')
  })

  it('says so when a paste would pass the rationale limit, and adds nothing', async () => {
    const unit = articles()[3]!
    await selectInUnit(m.page, unit.id, 0, 8)
    await markFinding(m.page)
    await m.page.keyboard.press('Escape')
    const editor = m.page.locator('[data-testid="finding-detail"] [data-testid="rationale-editor"]')
    await editor.click()
    await editor.evaluate((el, n) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'x'.repeat(n))
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, FINDING_LIMITS.maxRationaleChars + 1)
    const message = m.page.locator('[data-testid="rationale-editor-too-long"]')
    await message.waitFor()
    expect(await message.innerText()).toContain(String(FINDING_LIMITS.maxRationaleChars))
    expect((await editor.innerText()).trim()).toBe('')
    // A paste that fits goes in, and the message goes away.
    await editor.evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/plain', 'Muddat belgilanmagan.')
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    await expect.poll(() => editor.innerText()).toContain('Muddat belgilanmagan.')
    expect(await message.count()).toBe(0)
  })

  it('moves through the draft from the outline', async () => {
    await m.page.locator('[data-testid="tab-outline"]').click()
    const last = articles().at(-1)!
    await m.page.locator('[data-testid="outline"] .outline-link').last().click()
    const target = m.page.locator(`[data-testid="draft-view"] [data-unit-id="${last.id}"]`)
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const box = el.getBoundingClientRect()
          const view = el.closest('.draft-scroll')!.getBoundingClientRect()
          return box.top >= view.top && box.bottom <= view.bottom
        }),
      )
      .toBe(true)
  })

  it('steps through findings in draft order with Alt+↓ / Alt+↑ and the panel buttons', async () => {
    await m.page.locator('[data-testid="tab-findings"]').click()
    // The draft order, computed from the API: unit position, then offsets.
    const res = await api(app.url, m.token).get<{ id: string; unitId: string; start: number; end: number }[]>(
      `/api/reviews/${seed.review.id}/groups/${seed.review.groups[0]!.id}/findings`,
    )
    const at = new Map(seed.units.map((u, i) => [u.id, i]))
    const inDraft = res.body
      .sort(
        (a, b) =>
          at.get(a.unitId)! - at.get(b.unitId)! ||
          a.start - b.start ||
          a.end - b.end ||
          (a.id < b.id ? -1 : 1),
      )
      .map((f) => f.id)
    expect(inDraft.length).toBe(3)
    const current = () => m.page.locator('[data-testid="finding-detail"]').getAttribute('data-finding-id')
    const from = inDraft.indexOf((await current())!)
    expect(from).toBeGreaterThanOrEqual(0)
    const nth = (k: number) => inDraft[(from + k + 3 * 3) % 3]
    await m.page.locator('[data-testid="draft-view"]').focus()
    await m.page.keyboard.press('Alt+ArrowDown')
    await expect.poll(current).toBe(nth(1))
    await m.page.keyboard.press('Alt+ArrowDown')
    await expect.poll(current).toBe(nth(2))
    await m.page.keyboard.press('Alt+ArrowUp')
    await expect.poll(current).toBe(nth(1))
    await m.page.locator('[data-testid="step-prev"]').click()
    await expect.poll(current).toBe(nth(0))
    await m.page.locator('[data-testid="step-next"]').click()
    await expect.poll(current).toBe(nth(1))
  })
})
