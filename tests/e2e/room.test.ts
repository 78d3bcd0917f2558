/**
 * The group room in real browsers against the real server: live findings between group mates,
 * isolation from other groups, concurrent overlapping findings and concurrent typing in one rationale.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, stopSuite } from './harness'
import {
  type Member,
  markFinding,
  openMember,
  type RoomSeed,
  rationaleText,
  selectInUnit,
  startRoomSuite,
  typeRationale,
  unitWith,
} from './helpers-room'

describe('group room (browser)', () => {
  let app: RunningApp
  let browser: Browser
  let seed: RoomSeed
  let a1: Member
  let a2: Member
  let b1: Member

  beforeAll(async () => {
    ;({ app, browser, seed } = await startRoomSuite(['Alpha', 'Beta']))
    ;[a1, a2, b1] = await Promise.all([
      openMember(browser, app.url, seed, 0, 'Aziza'),
      openMember(browser, app.url, seed, 0, 'Bobur'),
      openMember(browser, app.url, seed, 1, 'Dilnoza'),
    ])
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  const items = (m: Member) => m.page.locator('[data-testid="finding-item"]')

  it('shows a new finding to a group mate within a second, and never to another group', async () => {
    const unit = unitWith(seed.units, 'oʻz xohishiga koʻra')
    const start = unit.text.indexOf('oʻz xohishiga koʻra')
    await selectInUnit(a1.page, unit.id, start, start + 'oʻz xohishiga koʻra'.length)
    const id = await markFinding(a1.page)
    const shownAt = Date.now()
    await a2.page.locator(`[data-testid="finding-item"][data-finding-id="${id}"]`).waitFor({ timeout: 1000 })
    expect(Date.now() - shownAt).toBeLessThan(1000)
    // The span is drawn in the mate's draft too.
    await a2.page
      .locator(`[data-testid="draft-view"] span.hl-findings[data-finding-id="${id}"]`)
      .first()
      .waitFor({ timeout: 1000 })
    expect(
      await a2.page
        .locator(`[data-testid="draft-view"] span.hl-findings[data-finding-id="${id}"]`)
        .first()
        .innerText(),
    ).toBe('oʻz xohishiga koʻra')

    // The server has it in group A and not in group B; B's page never shows it.
    const admin = api(app.url, seed.adminToken)
    const [ga, gb] = seed.review.groups
    const inA = await admin.get<Array<{ id: string; quote: string }>>(
      `/api/reviews/${seed.review.id}/groups/${ga!.id}/findings`,
    )
    expect(inA.body.map((f) => f.id)).toContain(id)
    const inB = await admin.get<unknown[]>(`/api/reviews/${seed.review.id}/groups/${gb!.id}/findings`)
    expect(inB.body).toEqual([])
    expect(await b1.page.locator(`[data-finding-id="${id}"]`).count()).toBe(0)
    expect(await items(b1).count()).toBe(0)
    await expect(
      b1.page.locator('[data-testid="connection-status"]').getAttribute('data-status'),
    ).resolves.toBe('connected')
  })

  let overlapAttempt = 0
  it('keeps overlapping findings made at the same moment, and merges typing into one rationale', async () => {
    const unit = unitWith(seed.units, 'Arizani koʻrib chiqish')
    // A CI retry runs in the same room: shift the spans so it does not re-mark the first attempt's ones.
    const k = 3 * overlapAttempt++
    await Promise.all([
      selectInUnit(a1.page, unit.id, k, k + 20),
      selectInUnit(a2.page, unit.id, k + 10, k + 35),
    ])
    const [id1, id2] = await Promise.all([markFinding(a1.page), markFinding(a2.page)])
    expect(id1).not.toBe(id2)
    // Each page has the detail of its own finding open; the draft shows both spans on both pages.
    for (const m of [a1, a2]) {
      for (const id of [id1, id2])
        await m.page
          .locator(`[data-testid="draft-view"] [data-finding-id="${id}"]`)
          .first()
          .waitFor({ timeout: 5000 })
    }
    const spans = (m: Member) =>
      // Overlaps split a decoration into segments; join each finding's segments in document order.
      m.page.locator('[data-testid="draft-view"] span.hl-findings').evaluateAll((els) => {
        const text = new Map<string, string>()
        for (const e of els)
          text.set(
            e.getAttribute('data-finding-id') ?? '',
            (text.get(e.getAttribute('data-finding-id') ?? '') ?? '') + e.textContent,
          )
        return [...text].map(([id, t]) => `${id}:${t}`).sort()
      })
    expect(await spans(a1)).toEqual(await spans(a2))
    expect(await spans(a1)).toEqual(
      expect.arrayContaining([
        `${id1}:${unit.text.slice(k, k + 20)}`,
        `${id2}:${unit.text.slice(k + 10, k + 35)}`,
      ]),
    )

    // Both open the first one and type at the same time.
    await a1.page.keyboard.press('Escape')
    await a2.page.locator('[data-testid="finding-close"]').click()
    await a2.page.locator(`[data-testid="finding-item"][data-finding-id="${id1}"] button`).click()
    await a2.page.locator(`[data-testid="finding-detail"][data-finding-id="${id1}"]`).waitFor()
    await a1.page.locator('[data-testid="finding-close"]').click()
    await a1.page.locator(`[data-testid="finding-item"][data-finding-id="${id1}"] button`).click()
    await typeRationale(a1.page, 'Mezonlar yoʻq.')
    const text = (m: Member) => rationaleText(m.page)
    await expect.poll(() => text(a2), { timeout: 2000 }).toBe('Mezonlar yoʻq.')
    // Now both type at once: one at the end, the other at the start of the same paragraph.
    const atStart = async (m: Member, words: string) => {
      const editor = m.page.locator('[data-testid="finding-detail"] [data-testid="rationale-editor"]')
      await editor.click()
      // On a busy machine the click's caret can still be settling when Home is pressed; type only once the
      // caret really stands at the start of the text (mates' caret labels do not count as text).
      await expect
        .poll(
          async () => {
            await m.page.keyboard.press('Control+Home')
            return editor.evaluate((el) => {
              const sel = getSelection()
              if (!sel?.rangeCount || !sel.anchorNode || !el.contains(sel.anchorNode)) return false
              const before = document.createRange()
              before.setStart(el, 0)
              before.setEnd(sel.anchorNode, sel.anchorOffset)
              const copy = before.cloneContents()
              for (const c of copy.querySelectorAll('.collaboration-carets__caret')) c.remove()
              return (copy.textContent ?? '').length === 0
            })
          },
          { timeout: 5000 },
        )
        .toBe(true)
      await m.page.keyboard.type(words)
    }
    await Promise.all([typeRationale(a1.page, ' Aniq mezon kerak.'), atStart(a2, 'Muddat belgilanmagan. ')])
    const expected = 'Muddat belgilanmagan. Mezonlar yoʻq. Aniq mezon kerak.'
    await expect
      .poll(
        async () => {
          const [x, y] = await Promise.all([text(a1), text(a2)])
          return x === y ? x : `${x} ≠ ${y}`
        },
        { timeout: 5000 },
      )
      .toBe(expected)
    // The server's plain-text view agrees with the editors.
    const admin = api(app.url, seed.adminToken)
    await expect
      .poll(
        async () => {
          const res = await admin.get<{ rationale: string }>(
            `/api/reviews/${seed.review.id}/groups/${seed.review.groups[0]!.id}/findings/${id1}`,
          )
          return res.body.rationale
        },
        { timeout: 5000 },
      )
      .toBe(await text(a1))
  })

  it('tags a finding with a factor from the picker by keyboard, visible to the mate', async () => {
    if (seed.factorIds.length === 0) return
    const unit = unitWith(seed.units, 'rasmiy eʼlon')
    await selectInUnit(a1.page, unit.id, 0, 10)
    const id = await markFinding(a1.page)
    const picker = a1.page.locator('[data-testid="factor-picker"]')
    await picker.waitFor()
    await a1.page.keyboard.press('1')
    const firstFactor = await picker.locator('[role="option"]').first().getAttribute('data-factor-id')
    await a1.page.keyboard.press('Escape')
    await a2.page.locator('[data-testid="finding-close"]').click()
    const item = a2.page.locator(`[data-testid="finding-item"][data-finding-id="${id}"]`)
    await item.waitFor()
    await item.locator('button').click()
    await a2.page
      .locator(`[data-testid="finding-factors"] [data-factor-id="${firstFactor}"]`)
      .waitFor({ timeout: 2000 })
  })

  it('makes a finding from the keyboard: caret, Shift+arrows, then F', async () => {
    const unit = unitWith(seed.units, 'Ushbu Qonunning maqsadi qurilishga')
    await a1.page.keyboard.press('Escape')
    await selectInUnit(a1.page, unit.id, 6, 6)
    for (let i = 0; i < 7; i++) await a1.page.keyboard.press('Shift+ArrowRight')
    await a1.page.locator('[data-testid="new-finding"]').waitFor()
    await a1.page.keyboard.press('f')
    const detail = a1.page.locator('[data-testid="finding-detail"]')
    await detail.waitFor()
    await expect(detail.locator('[data-testid="finding-quote"]').innerText()).resolves.toBe(
      unit.text.slice(6, 13),
    )
    // The draft text itself never changed: typing "f" was not inserted.
    await expect(
      a1.page.locator(`[data-testid="draft-view"] [data-unit-id="${unit.id}"]`).innerText(),
    ).resolves.toBe(unit.text)
  })

  it('reveal: another group opens this group read-only beside its own; closed: everything read-only', async () => {
    const admin = api(app.url, seed.adminToken)
    const [ga] = seed.review.groups
    const aFindings = await admin.get<Array<{ id: string }>>(
      `/api/reviews/${seed.review.id}/groups/${ga!.id}/findings`,
    )
    expect(aFindings.body.length).toBeGreaterThan(0)
    expect((await admin.put(`/api/reviews/${seed.review.id}/phase`, { phase: 'reveal' })).status).toBe(200)

    // The server tells the open room socket; the page re-reads the review at once (no polling) and
    // offers the other group.
    const switcher = b1.page.locator('[data-testid="group-switcher"]')
    await switcher.waitFor({ timeout: 5000 })
    await switcher.selectOption(ga!.id)
    const pane = b1.page.locator('[data-testid="other-group-pane"]')
    await pane
      .locator(`[data-testid="finding-item"][data-finding-id="${aFindings.body[0]!.id}"]`)
      .waitFor({ timeout: 5000 })
    expect(await pane.locator('[data-testid="finding-item"]').count()).toBe(aFindings.body.length)
    // Group A's spans are outlined in B's draft; B's own list is still empty and B can still write.
    await b1.page
      .locator(`[data-testid="draft-view"] span.hl-others[data-finding-id="${aFindings.body[0]!.id}"]`)
      .first()
      .waitFor()
    expect(await b1.page.locator('[data-testid="read-only-banner"]').count()).toBe(0)
    await pane.locator('[data-testid="finding-item"] button').first().click()
    await pane.locator('[data-testid="finding-detail"]').waitFor()
    expect(await pane.locator('[data-testid="finding-resolve"]').count()).toBe(0)
    await expect(
      pane.locator('[data-testid="rationale-editor"]').getAttribute('contenteditable'),
    ).resolves.toBe('false')

    expect((await admin.put(`/api/reviews/${seed.review.id}/phase`, { phase: 'closed' })).status).toBe(200)
    await a1.page.locator('[data-testid="read-only-banner"][data-reason="closed"]').waitFor({ timeout: 5000 })
    expect(await a1.page.locator('[data-testid="new-finding"]').count()).toBe(0)
    await expect(a1.page.locator('[data-testid="undo"]').isDisabled()).resolves.toBe(true)
  })
})
