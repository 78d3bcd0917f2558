/**
 * Helpers for the phone and layout tests: the two viewports every screen must work at, the fixture
 * texts without their source header, contexts signed in by session cookie, and an overflow probe.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { signInContext } from './harness'

/** A 390 × 844 touch phone, and the laptop most facilitators use. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const
export const DESKTOP = { viewport: { width: 1366, height: 900 } } as const

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')

/** The act's text of a fixture file (after its SOURCE/NOTE header and the `---` line). */
export function fixtureText(name: string): string {
  const raw = readFileSync(join(FIXTURES, name), 'utf8')
  const at = raw.indexOf('\n---\n')
  return at < 0 ? raw : raw.slice(at + 5)
}

/** Every legal-text fixture (the files SOURCES.md describes), largest first. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'SOURCES.md')
    .sort((a, b) => fixtureText(b).length - fixtureText(a).length)
}

/** A fresh context signed in with `token`, at the given viewport. */
export async function signedIn(
  browser: Browser,
  url: string,
  token: string,
  device: typeof PHONE | typeof DESKTOP,
): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL: url, locale: 'en-US', ...device })
  ctx.setDefaultTimeout(60_000)
  await signInContext(ctx, url, token)
  return ctx
}

/**
 * Whether the page scrolls sideways, and the outermost elements that stick out past the viewport
 * (for the failure message). Off-screen dialogs and visually hidden text do not count.
 */
export async function horizontalOverflow(
  page: Page,
): Promise<{ width: number; scrollWidth: number; culprits: string[] }> {
  return page.evaluate(`(() => {
    const root = document.documentElement
    const width = root.clientWidth
    const culprits = []
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= width + 1 || el.closest('.visually-hidden, .skip-link')) continue
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1) continue
      culprits.push(el.tagName.toLowerCase() + '.' + String(el.className).split(' ').join('.') + ' → ' + Math.round(r.right))
      if (culprits.length >= 5) break
    }
    return { width, scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), culprits }
  })()`)
}
