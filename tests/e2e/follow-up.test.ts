/**
 * Follow-up on a revised draft in a real browser: an expert starts the follow-up on version 2 and
 * sets verdicts, a second expert sees them live without reloading, the compare page marks the changed
 * words, and staff export the follow-up conclusion as DOCX and PDF (opened and read).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followUpText } from '../../shared/reports/followUpText'
import { api, type RunningApp, stopSuite } from './harness'
import { type CompareSeed, DRAFT_RU, signedInPage, startCompareSuite, unitWith } from './helpers-compare'

let app: RunningApp
let browser: Browser
let seed: CompareSeed
const experts: [string, string] = ['', '']
let staff: string
const dir = mkdtempSync(join(tmpdir(), 'shaffof-e2e-follow-up-'))
const PROPOSAL = 'при наличии оснований, установленных законом,'

/** Version 2: a new article at the top (renumbering), the discretion replaced by the proposal. */
const DRAFT_V2 = DRAFT_RU.replace(
  'вправе по своему усмотрению',
  'при наличии оснований установленных законом',
)
  .replace('Статья 3.', 'Статья 4.')
  .replace('Статья 2.', 'Статья 3.')
  .replace(
    'Статья 1. Предмет регулирования',
    'Статья 1. Основные понятия\nРазрешение — документ, который орган выдаёт по своему усмотрению.\nСтатья 2. Предмет регулирования',
  )

beforeAll(async () => {
  ;({
    app,
    browser,
    seed,
    tokens: [experts[0], experts[1], staff],
  } = await startCompareSuite(['Alpha'], [
    ['Erkin Expert', 'expert'],
    ['Malika Expert', 'expert'],
    ['Sardor Staff', 'staff'],
  ] as const))
  const a = api(app.url, seed.adminToken)
  const cons = `/api/reviews/${seed.review.id}/consolidated/findings`
  for (const [needle, proposal] of [
    ['по своему усмотрению', PROPOSAL],
    ['устанавливается уполномоченным органом', ''],
  ] as const) {
    const r = await a.post(cons, {
      from: [],
      unitId: unitWith(seed, needle).id,
      quote: needle,
      factorIds: [seed.factorIds[0]],
      proposal,
    })
    if (r.status !== 201) throw new Error(`consolidated finding: ${r.status} ${JSON.stringify(r.body)}`)
  }
  const v2 = await a.post(`/api/drafts/${seed.draftId}/versions`, { text: DRAFT_V2 })
  if (v2.status !== 201) throw new Error(`version 2: ${v2.status} ${JSON.stringify(v2.body)}`)
}, 120_000)

afterAll(async () => {
  await stopSuite({ app, browser })
  rmSync(dir, { recursive: true, force: true })
})

const item = (page: Page, quote: string) => page.locator('[data-testid="follow-up-item"]', { hasText: quote })

describe('follow-up page', () => {
  it('two experts decide live, staff export the conclusion as DOCX and PDF', async () => {
    const one = await signedInPage(browser, app, experts[0], `/reviews/${seed.review.id}/follow-ups`)
    const two = await signedInPage(browser, app, experts[1], '/')
    const third = await signedInPage(browser, app, staff, '/')
    try {
      await one.page.locator('[data-testid="follow-up-start"]').click({ timeout: 30_000 })
      await one.page.waitForURL(/\/follow-ups\/[^/]+$/, { timeout: 30_000 })
      const url = new URL(one.page.url()).pathname
      await expect
        .poll(() => one.page.locator('[data-testid="follow-up-item"]').count(), { timeout: 30_000 })
        .toBe(2)

      const edited = item(one.page, 'по своему усмотрению')
      expect(await edited.getAttribute('data-state')).toBe('edited')
      expect(await edited.locator('[data-testid="item-adopted"]').textContent()).toBe('Proposal adopted')
      expect(await edited.locator('[data-testid="item-wording"] ins').textContent()).toContain(
        'при наличии оснований',
      )
      expect(await item(one.page, 'устанавливается уполномоченным органом').getAttribute('data-state')).toBe(
        'unchanged',
      )
      await one.page.locator('[data-testid="follow-up-progress"]').getByText('0 of 2 decided').waitFor()
      // New risks, found or not, come with the detector's limits: changed norms still need a reader.
      expect(await one.page.locator('[data-testid="new-risks-limits"]').textContent()).toContain(
        'The detector misses many factors',
      )

      await two.page.goto(url)
      await item(two.page, 'по своему усмотрению').waitFor({ timeout: 30_000 })
      await two.page.locator('[data-testid="room-status"]', { hasText: 'Live' }).waitFor({ timeout: 30_000 })
      await one.page.locator('[data-testid="room-status"]', { hasText: 'Live' }).waitFor({ timeout: 30_000 })

      // Expert one decides; expert two sees it without reloading, and the other way round.
      await edited.locator('[data-testid="item-note"]').fill('Основания перечислены в законе.')
      await edited.locator('[data-testid="verdict-fixed"]').click()
      const seenByTwo = item(two.page, 'по своему усмотрению')
      await seenByTwo
        .locator('[data-testid="item-verdict"]', { hasText: 'Fixed' })
        .waitFor({ timeout: 20_000 })
      expect(await seenByTwo.locator('[data-testid="item-note"]').inputValue()).toBe(
        'Основания перечислены в законе.',
      )
      const other = item(two.page, 'устанавливается уполномоченным органом')
      await other.locator('[data-testid="verdict-not_fixed"]').click()
      await item(one.page, 'устанавливается уполномоченным органом')
        .locator('[data-testid="item-verdict"]', { hasText: 'Not fixed' })
        .waitFor({ timeout: 20_000 })
      await one.page
        .locator('[data-testid="follow-up-progress"]')
        .getByText('2 of 2 decided')
        .waitFor({ timeout: 20_000 })
      // Both verdicts are in the audit trail, with who gave them.
      const history = one.page.locator('[data-testid="follow-up-history"]')
      await history.getByText('Malika Expert').first().waitFor({ timeout: 20_000 })
      expect(await history.textContent()).toContain('Not decided → Fixed')

      // Staff read, cannot decide, and export.
      await third.page.goto(url)
      await item(third.page, 'по своему усмотрению').waitFor({ timeout: 30_000 })
      expect(await third.page.locator('[data-testid^="verdict-"]').count()).toBe(0)
      const w = followUpText('en')
      const docx = await download(third.page, 'docx')
      expect(docx.name).toMatch(/follow-up-v2-en\.docx$/)
      const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml'] as Uint8Array).replace(/<[^>]+>/g, '')
      for (const needle of [
        'по своему усмотрению',
        'при наличии оснований установленных законом',
        w.verdict.fixed,
        w.verdict.not_fixed,
        'Основания перечислены в законе.',
      ])
        expect(xml).toContain(needle)
      const pdf = await download(third.page, 'pdf')
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      const file = join(dir, 'follow-up.pdf')
      writeFileSync(file, pdf.bytes)
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        '',
      )
      for (const needle of ['по своему усмотрению', w.verdict.fixed, w.title])
        expect(text).toContain(needle.replace(/\s+/g, ''))
    } finally {
      await Promise.all([one.context.close(), two.context.close(), third.context.close()])
    }
  }, 240_000)

  it('the compare page marks the changed words and follows renumbered articles', async () => {
    const { context, page } = await signedInPage(browser, app, experts[0], `/drafts/${seed.draftId}`)
    try {
      await page.locator('[data-testid="compare-versions"]').click({ timeout: 30_000 })
      await page.locator('[data-testid="compare-pair"]').first().waitFor({ timeout: 30_000 })
      const changed = page.locator('[data-testid="compare-pair"][data-op="changed"]')
      expect(await changed.count()).toBe(1)
      expect(await changed.locator('.vc-old del').textContent()).toContain('вправе по своему усмотрению')
      expect(await changed.locator('.vc-new ins').textContent()).toContain('при наличии оснований')
      expect(await page.locator('[data-testid="compare-pair"][data-op="added"]').count()).toBe(2)
      await page.locator('[data-testid="compare-filter-all"]').click()
      const renumbered = page.locator('[data-testid="compare-pair"][data-op="same"]', {
        hasText: 'Выдача разрешений',
      })
      expect(await renumbered.locator('.vc-new .vc-label').textContent()).toContain('Статья 3')
      expect(await renumbered.locator('.vc-old .vc-label').textContent()).toContain('Статья 2')
    } finally {
      await context.close()
    }
  }, 120_000)
})

async function download(page: Page, format: 'docx' | 'pdf'): Promise<{ bytes: Buffer; name: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.locator(`[data-testid="export-${format}"]`).click(),
  ])
  return { bytes: readFileSync(await file.path()), name: file.suggestedFilename() }
}
