/**
 * Methodology packs in a real browser: the admin opens the packs page from the navigation, imports a
 * valid pack (a built-in pack under a new id) from a file and sees it listed, expands its factors
 * with the keyboard, and gets field-level errors (in the UI language) for an invalid pack.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ru from '../../client/i18n/locales/ru/common.json'
import { api, newPerson, type RunningApp, setupAdmin, startSuite, stopSuite } from './harness'
import { signInUi } from './helpers-shell'

const PACKS = join(import.meta.dirname, '..', '..', 'shared', 'methodology', 'packs')
const builtin = JSON.parse(readFileSync(join(PACKS, 'ru-decree-96.json'), 'utf8')) as Record<
  string,
  unknown
> & {
  titles: Record<string, string>
  factors: { name: Record<string, string> }[]
}

describe('methodology packs in the admin area', { timeout: 120_000 }, () => {
  let app: RunningApp
  let browser: Browser
  let ctx: BrowserContext
  let page: Page
  let token = ''

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
    token = await setupAdmin(app.url, 'Admin', 'correct horse battery')
    ctx = await newPerson(browser, app)
    ctx.setDefaultTimeout(60_000)
    page = await ctx.newPage()
    await signInUi(page, 'Admin', 'correct horse battery')
  }, 180_000)
  afterAll(async () => {
    await stopSuite({ app, browser })
  }, 60_000)

  it('lists every pack the API lists, reached from the admin navigation', async () => {
    await page.getByRole('link', { name: 'Methodologies' }).click()
    await page.waitForURL('**/admin/methodologies')
    await page.getByTestId('pack-list').waitFor()
    const listed = await api(app.url, token).get<{ id: string }[]>('/api/methodologies')
    const ids = await page
      .getByTestId('pack-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-pack-id')))
    expect(ids).toEqual(listed.body.map((p) => p.id))
    // The default pack is a working reconstruction and must say so.
    const first = page.getByTestId('pack-item').first()
    expect(await first.getByTestId('pack-working-names').count()).toBe(1)
    expect(await first.locator('.pack-basis a').count()).toBeGreaterThan(0)
  })

  it('imports a valid pack from a file and shows it in the list', async () => {
    const id = `e2e-decree-96-copy`
    const pack = { ...builtin, id, titles: { ...builtin.titles, en: 'E2E copy of Decree 96' } }
    await page.getByTestId('pack-file').setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack, null, 2)),
    })
    await page.waitForFunction(() => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid=pack-json]')
      return !!area && area.value.length > 100
    })
    expect(await page.getByTestId('pack-file-name').innerText()).toBe('pack.json')
    await page.getByTestId('pack-submit').click()
    const item = page.locator(`[data-testid=pack-item][data-pack-id="${id}"]`)
    await item.waitFor()
    expect(await item.locator('h3').innerText()).toBe('E2E copy of Decree 96')
    expect(await page.locator('.toast-success').innerText()).toContain('E2E copy of Decree 96')
    const listed = await api(app.url, token).get<{ id: string }[]>('/api/methodologies')
    expect(listed.body.map((p) => p.id)).toContain(id)
    // Keyboard: the factor list opens from its summary with Enter.
    await item.locator('details summary').focus()
    await page.keyboard.press('Enter')
    expect(await item.locator('details').getAttribute('open')).not.toBeNull()
    expect(await item.locator('.pack-factor').count()).toBe(builtin.factors.length)
    // The same id and version again is refused with the pack_exists sentence.
    await page.getByTestId('pack-json').fill(JSON.stringify(pack))
    await page.getByTestId('pack-submit').click()
    await page.getByTestId('error-message').waitFor()
    expect(await page.getByTestId('error-message').innerText()).toContain('already exists')
  })

  it('shows the field errors of an invalid pack, in Russian when the UI is Russian', async () => {
    await page.goto('/admin/methodologies?lang=ru')
    await page.getByTestId('pack-list').waitFor()
    const broken = structuredClone(builtin)
    broken.id = 'broken pack'
    broken.version = 'v1'
    delete broken.factors[1]?.name['uz-Cyrl']
    await page.getByTestId('pack-json').fill(JSON.stringify(broken))
    await page.getByTestId('pack-submit').press('Enter')
    const fields = page.getByTestId('error-fields')
    await fields.waitFor()
    const paths = await fields.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))
    expect(paths).toEqual(expect.arrayContaining(['id', 'version', 'factors.1.name.uz-Cyrl']))
    // What is wrong is said in Russian too, not in zod's English.
    const said = (path: string) => fields.locator(`li[data-path="${path}"] .error-field-message`).innerText()
    expect(await said('version')).toBe(ru.errors.field.format.version)
    expect(await said('factors.1.name.uz-Cyrl')).toBe(ru.errors.field.required)
    expect(await page.locator('[data-testid=error-message] strong').innerText()).toBe(
      ru.errors.code.invalid_pack,
    )
    // Nothing was imported.
    const listed = await api(app.url, token).get<{ id: string }[]>('/api/methodologies')
    expect(listed.body.map((p) => p.id)).not.toContain('broken pack')
  })
})
