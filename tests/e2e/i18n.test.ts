/**
 * The main screens in each language: no raw catalogue keys, no English left in the other languages,
 * the right script (uz-Cyrl and ru Cyrillic, uz-Latn and en Latin), `?lang=` remembered per user.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, seedReview, startSuite, stopSuite } from './harness'
import { person, signInUi, uzbekDraft } from './helpers-shell'

const LOCALES = join(import.meta.dirname, '..', '..', 'client', 'i18n', 'locales')
const SHELL_NS = ['common', 'admin', 'drafts', 'review', 'join']
const TAGS = ['en', 'ru', 'uz-Latn', 'uz-Cyrl'] as const

function flatten(obj: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (obj && typeof obj === 'object')
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out)
  else out.set(prefix, String(obj))
  return out
}
function catalogue(tag: string, namespaces: string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const ns of namespaces) {
    for (const [k, v] of flatten(JSON.parse(readFileSync(join(LOCALES, tag, `${ns}.json`), 'utf8'))))
      out.set(`${ns}:${k}`, v)
  }
  return out
}

/** Visible UI text, without user content (drafts, titles, names) and the language picker. */
async function uiText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement
    for (const el of clone.querySelectorAll(
      'select, .brand, [lang], [data-testid=draft-units], [data-testid=outline], h1, .list-card-title, [data-testid=user-name], [data-testid=join-code], .join-url, .meta span:not(.badge), table td, .members, .breadcrumb + h1, .group-card h3, input, textarea, .visually-hidden',
    ))
      el.remove()
    return clone.innerText
  })
}

function scriptShare(text: string): { latin: number; cyrillic: number } {
  const latin = (text.match(/[A-Za-zʻʼ]/g) ?? []).length
  const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length
  return { latin, cyrillic }
}

describe('the UI in four languages', { timeout: 120_000 }, () => {
  let app: RunningApp
  let browser: Browser
  let adminToken = ''
  let paths: string[] = []
  const allKeys = [...catalogue('en', SHELL_NS).keys()].map((k) => k.split(':')[1] as string)

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
    const seeded = await seedReview(app.url, uzbekDraft(2, 3), ['Alpha', 'Beta'])
    adminToken = seeded.adminToken
    paths = [
      '/',
      '/drafts',
      `/drafts/${seeded.draftId}`,
      '/reviews/new',
      `/reviews/${seeded.review.id}`,
      '/admin/users',
    ]
  }, 180_000)
  afterAll(async () => {
    await stopSuite({ app, browser })
  }, 60_000)

  for (const tag of TAGS) {
    it(`${tag}: main screens are complete and in the right script`, async () => {
      const ctx = await person(browser, app)
      const page = await ctx.newPage()
      await page.goto(`/login?lang=${tag}`)
      await page.locator('form button[type=submit]').waitFor()
      const screens: [string, string][] = [['/login', await uiText(page)]]
      await page.goto(`/join?lang=${tag}`)
      await page.getByTestId('join-form').waitFor()
      screens.push(['/join', await uiText(page)])
      await signInUi(page, 'admin', 'correct horse battery')
      for (const p of paths) {
        await page.goto(`${p}${p.includes('?') ? '&' : '?'}lang=${tag}`)
        await page.locator('main h1').first().waitFor()
        await page.waitForFunction(() => !document.querySelector('.loading-block'))
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag)
        screens.push([p, await uiText(page)])
      }
      const en = catalogue('en', SHELL_NS)
      const mine = catalogue(tag, SHELL_NS)
      for (const [path, text] of screens) {
        const rawKeys = allKeys.filter(
          (k) => k.includes('.') && new RegExp(`(^|\\s)${k.replace(/\./g, '\\.')}($|\\s)`).test(text),
        )
        expect(rawKeys, `raw keys on ${path}`).toEqual([])
        if (tag !== 'en') {
          const leftovers = [...en.entries()]
            .filter(([k, v]) => v.length > 8 && !v.includes('{{') && mine.get(k) !== v && text.includes(v))
            .map(([, v]) => v)
          expect(leftovers, `English left on ${path}`).toEqual([])
        }
        const { latin, cyrillic } = scriptShare(text)
        const cyr = tag === 'ru' || tag === 'uz-Cyrl'
        const share = cyr ? cyrillic / (latin + cyrillic) : latin / (latin + cyrillic)
        expect(share, `${tag} script on ${path}: ${latin} Latin, ${cyrillic} Cyrillic`).toBeGreaterThan(0.85)
      }
      await ctx.close()
    })
  }

  it('?lang= is remembered for the user and applied on another device after sign-in', async () => {
    const first = await person(browser, app)
    const p1 = await first.newPage()
    await signInUi(p1, 'admin', 'correct horse battery')
    await p1.goto('/drafts?lang=uz-Cyrl')
    await p1.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Лойиҳалар')
    const me = await api(app.url, adminToken).get<{ preferences: { lang?: string } }>('/api/me')
    expect(me.body.preferences.lang).toBe('uz-Cyrl')
    await first.close()
    const second = await person(browser, app) // browser says en-US
    const p2 = await second.newPage()
    await p2.goto('/login')
    expect(await p2.locator('main h1').innerText()).toBe('Sign in')
    await signInUi(p2, 'admin', 'correct horse battery', '/drafts')
    await p2.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Лойиҳалар')
    await second.close()
  })

  it('plurals follow each language’s rules', async () => {
    const ctx = await person(browser, app)
    const page = await ctx.newPage()
    await signInUi(page, 'admin', 'correct horse battery')
    await page.goto('/?lang=ru')
    await page.getByTestId('reviews-list').waitFor()
    expect(await page.getByTestId('reviews-list').innerText()).toContain('2 группы')
    await page.goto('/?lang=en')
    await page.getByTestId('reviews-list').waitFor()
    expect(await page.getByTestId('reviews-list').innerText()).toContain('2 groups')
    await ctx.close()
  })
})
