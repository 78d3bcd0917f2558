/**
 * The export menu in a real browser: the HTML preview shows in a sandboxed frame, and DOCX and PDF
 * downloads arrive whole with the right content type.
 */
import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, stopSuite } from './harness'
import { addFinding, type CompareSeed, signedInPage, startCompareSuite, unitWith } from './helpers-compare'

let app: RunningApp
let browser: Browser
let seed: CompareSeed
let staff: string

beforeAll(async () => {
  ;({
    app,
    browser,
    seed,
    tokens: [staff],
  } = await startCompareSuite(['Alpha', 'Beta'], [['Sardor Staff', 'staff']] as const))
  const part = unitWith(seed, 'по своему усмотрению')
  await addFinding(app.url, seed, seed.review.groups[0]?.id ?? '', {
    unitId: part.id,
    quote: 'по своему усмотрению',
    factorIds: [seed.factorIds[0] ?? ''],
    rationale: 'Широкие дискреционные полномочия без критериев.',
    proposal: 'Перечислить основания отказа.',
  })
}, 120_000)

afterAll(async () => {
  await stopSuite({ app, browser })
})

async function download(page: Page, format: string): Promise<{ bytes: Buffer; name: string; type: string }> {
  await page.locator(`input[name="format"][value="${format}"]`).check()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-download"]').click(),
  ])
  const path = await file.path()
  await page.locator('[data-testid="export-status"][data-phase="done"]').waitFor()
  const type =
    (await page
      .locator('[data-testid="export-status"] [data-content-type]')
      .getAttribute('data-content-type')) ?? ''
  return { bytes: readFileSync(path), name: file.suggestedFilename(), type }
}

describe('export menu', () => {
  it('previews the report in a sandboxed frame and downloads DOCX and PDF', async () => {
    const { context, page } = await signedInPage(browser, app, staff, `/reviews/${seed.review.id}/export`)
    try {
      const scope = page.locator('[data-testid="export-scope"]')
      await scope.waitFor({ timeout: 20_000 })
      await scope.selectOption(`group:${seed.review.groups[0]?.id}`)
      await page.locator('[data-testid="export-lang"]').selectOption('ru')

      await page.locator('[data-testid="export-preview"]').click()
      const frame = page.locator('[data-testid="export-preview-frame"]')
      await frame.waitFor({ timeout: 20_000 })
      expect(await frame.getAttribute('sandbox')).toBe('')
      const body = page.frameLocator('[data-testid="export-preview-frame"]').locator('body')
      await body.getByText('по своему усмотрению').first().waitFor()

      const docx = await download(page, 'docx')
      expect(docx.type).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      expect(docx.name).toMatch(/\.docx$/)
      expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')

      const pdf = await download(page, 'pdf')
      expect(pdf.type).toContain('application/pdf')
      expect(pdf.name).toMatch(/\.pdf$/)
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    } finally {
      await context.close()
    }
  }, 120_000)

  it('shows the server’s error instead of a broken file', async () => {
    const { context, page } = await signedInPage(browser, app, staff, `/reviews/no-such-review/export`)
    try {
      await page.locator('[data-testid="error-message"]').waitFor({ timeout: 20_000 })
      expect(await page.locator('[data-testid="export-download"]').count()).toBe(0)
    } finally {
      await context.close()
    }
  }, 60_000)
})
