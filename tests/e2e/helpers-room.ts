/**
 * Helpers for the group-room browser tests and the typing benchmark: a seeded review with joined
 * participants, pages signed in by token, selecting a span of a unit in the draft view, and typing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  type BrowserSuite,
  joinGroup,
  newPerson,
  type ReviewWithUnits,
  type SeededReview,
  seedReviewWithUnits,
  signInContext,
  startSuite,
  stopSuite,
} from './harness'

/** A Uzbek Latin draft with a few articles and parts. */
export const DRAFT_UZ = [
  '1-modda. Ushbu Qonunning maqsadi',
  'Ushbu Qonunning maqsadi qurilishga ruxsat berish sohasidagi munosabatlarni tartibga solishdan iborat.',
  '2-modda. Ruxsat berish',
  'Vakolatli organ oʻz xohishiga koʻra ruxsat berishi yoki rad etishi mumkin.',
  'Arizani koʻrib chiqish muddati vakolatli organ tomonidan belgilanadi.',
  '3-modda. Yakunlovchi qoidalar',
  'Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.',
].join('\n')

/** A unit as the draft API returns it. */
export type DraftUnit = { id: string; kind: string; label: string; text: string; parentId: string | null }

/** The seed plus the version's units and the pack's factor ids. */
export type RoomSeed = ReviewWithUnits<DraftUnit>

/** Admin, draft and review; plus units and factor ids. */
export function seedRoomReview(url: string, groups: string[], text = DRAFT_UZ): Promise<RoomSeed> {
  return seedReviewWithUnits<DraftUnit>(url, text, groups, 'Seminar')
}

/** The app, a browser and a seeded review, for a room test file's `beforeAll` (stop with `stopSuite`). */
export async function startRoomSuite(
  groups: string[],
  text = DRAFT_UZ,
): Promise<BrowserSuite & { seed: RoomSeed }> {
  const suite = await startSuite()
  try {
    return { ...suite, seed: await seedRoomReview(suite.app.url, groups, text) }
  } catch (e) {
    await stopSuite(suite)
    throw e
  }
}

/** The unit whose text contains `needle`. */
export function unitWith(units: DraftUnit[], needle: string): DraftUnit {
  const u = units.find((x) => x.text.includes(needle))
  if (!u) throw new Error(`no unit contains "${needle}"`)
  return u
}

/** A participant with their own browser context, signed in by token, on their group's room page. */
export type Member = { context: BrowserContext; page: Page; token: string; userId: string; name: string }

/** Join a group over HTTP, then open the room in a fresh context signed in with its session cookie. */
export async function openMember(
  browser: Browser,
  url: string,
  seed: SeededReview,
  groupIndex: number,
  name: string,
): Promise<Member> {
  const group = seed.review.groups[groupIndex]!
  const joined = await joinGroup(url, seed.review.joinCode, name, group.id)
  const context = await newPerson(browser, { url })
  await signInContext(context, url, joined.token)
  const page = await context.newPage()
  await page.goto(`${url}/reviews/${seed.review.id}/groups/${group.id}?lang=en`)
  await waitLive(page)
  return { context, page, token: joined.token, userId: joined.user.id, name }
}

/** Wait until the room shows it is connected and synced ("Live"). */
export async function waitLive(page: Page, timeout = 15_000): Promise<void> {
  try {
    await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor({ timeout })
  } catch (e) {
    const status = await page
      .locator('[data-testid="connection-status"]')
      .innerText()
      .catch(() => 'no status')
    const body = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 300)
    throw new Error(`room not live: ${status} | ${body}`, { cause: e })
  }
  await page.locator('[data-testid="draft-view"]').waitFor({ timeout })
}

/**
 * In-page code that selects `[start, end)` of a unit's text through the DOM selection, as a user would.
 * Kept as source text: bundlers wrap named inner functions in helpers that don't exist in the page.
 */
const SELECT_IN_UNIT = `(args) => {
  const el = document.querySelector('[data-testid="draft-view"] [data-unit-id="' + CSS.escape(args.unitId) + '"]')
  if (!el) throw new Error('unit ' + args.unitId + ' not rendered')
  el.scrollIntoView({ block: 'center' })
  const points = []
  for (const target of [args.start, args.end]) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    let seen = 0
    let point = null
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (seen + n.length >= target) { point = { node: n, offset: target - seen }; break }
      seen += n.length
    }
    if (!point) throw new Error('offset past the unit')
    points.push(point)
  }
  document.querySelector('[data-testid="draft-view"]').focus()
  const sel = window.getSelection()
  sel.removeAllRanges()
  const range = document.createRange()
  range.setStart(points[0].node, points[0].offset)
  range.setEnd(points[1].node, points[1].offset)
  sel.addRange(range)
}`

/** Select `[start, end)` of a unit's text in the draft view and wait for the room to see the selection. */
export async function selectInUnit(page: Page, unitId: string, start: number, end: number): Promise<void> {
  await page.evaluate(`(${SELECT_IN_UNIT})(${JSON.stringify({ unitId, start, end })})`)
  // ProseMirror reads the DOM selection on selectionchange; the bar shows the span once it has.
  if (end > start) await page.locator('[data-testid="new-finding"]').waitFor()
}

/** Mark the current selection as a finding and close the factor picker; returns the new finding's id. */
export async function markFinding(page: Page): Promise<string> {
  const before = new Set(
    await page
      .locator('[data-testid="finding-item"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id'))),
  )
  await page.locator('[data-testid="new-finding"]').click()
  const detail = page.locator('[data-testid="finding-detail"]')
  await detail.waitFor()
  const id = await detail.getAttribute('data-finding-id')
  if (!id || before.has(id)) throw new Error('no new finding opened')
  return id
}

/** Type into the rationale editor of the open finding. */
export async function typeRationale(page: Page, text: string): Promise<void> {
  const editor = page.locator('[data-testid="finding-detail"] [data-testid="rationale-editor"]')
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
}

/** The open finding's rationale as plain text (group mates' caret labels left out). */
export function rationaleText(page: Page): Promise<string> {
  return page.locator('[data-testid="finding-detail"] [data-testid="rationale-editor"]').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    for (const c of copy.querySelectorAll('.collaboration-carets__caret')) c.remove()
    return [...copy.children]
      .map((b) => b.textContent ?? '')
      .join('\n')
      .trim()
  })
}
