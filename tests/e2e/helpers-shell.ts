/**
 * Helpers for the shell's browser tests: generated draft texts (so expectations are computed from the
 * text, not hard-coded) and small page utilities.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { newPerson } from './harness'

/** An Uzbek (Latin) draft law with `chapters` chapters of `perChapter` articles, two parts each. */
export function uzbekDraft(chapters: number, perChapter: number): string {
  const lines = ['OʻZBEKISTON RESPUBLIKASINING QONUNI', 'Jamoat nazorati toʻgʻrisida', '']
  let n = 0
  for (let c = 1; c <= chapters; c++) {
    lines.push(`${c}-bob. ${c === 1 ? 'Umumiy qoidalar' : `Maxsus qoidalar ${c}`}`, '')
    for (let a = 1; a <= perChapter; a++) {
      n++
      lines.push(`${n}-modda. Vakolatli organning ${n}-vazifasi`)
      lines.push(`Vakolatli organ zarur hollarda oʻz xohishiga koʻra ruxsat berishi mumkin.`)
      lines.push(`Fuqarolar ${n}-modda boʻyicha murojaat qilish huquqiga ega.`)
      lines.push('')
    }
  }
  return lines.join('\n')
}

/** How often `needle` occurs in `text`, case-insensitively (the draft search's definition). */
export function countOccurrences(text: string, needle: string): number {
  const hay = text.toLocaleLowerCase()
  const q = needle.toLocaleLowerCase()
  let n = 0
  for (let at = hay.indexOf(q); at >= 0; at = hay.indexOf(q, at + q.length)) n++
  return n
}

/** Sign in through the login page and wait until it leaves it. */
export async function signInUi(page: Page, name: string, password: string, next = '/'): Promise<void> {
  await page.goto(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`)
  await page.locator('input[name=name]').fill(name)
  await page.locator('input[name=password]').fill(password)
  await page.locator('form button[type=submit]').click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
}

/** Whether an element is inside the viewport (after scrolling). */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)
    if (!el) return false
    const r = el.getBoundingClientRect()
    return r.bottom > 0 && r.top < window.innerHeight
  }, selector)
}

/** A separate person (fresh context) with patient timeouts: CI machines can be heavily loaded. */
export async function person(browser: Browser, app: { url: string }): Promise<BrowserContext> {
  const ctx = await newPerson(browser, app)
  ctx.setDefaultTimeout(60_000)
  return ctx
}

/** A large draft: `articles` articles in chapters of 50, each with two long parts (~650 chars per article). */
export function bigUzbekDraft(articles: number): string {
  const lines = ['OʻZBEKISTON RESPUBLIKASINING KODEKSI', '']
  const filler =
    'davlat organlari va boshqa tashkilotlar oʻz vakolatlari doirasida fuqarolarning huquqlari hamda qonuniy manfaatlarini taʼminlash maqsadida tegishli choralarni koʻradi, '
  for (let n = 1; n <= articles; n++) {
    if (n % 50 === 1) lines.push(`${Math.ceil(n / 50)}-bob. Qoidalar toʻplami ${Math.ceil(n / 50)}`, '')
    lines.push(`${n}-modda. Vakolatli organning ${n}-vazifasi`)
    lines.push(`Vakolatli organ zarur hollarda ruxsat berishi mumkin, ${filler}${filler}`)
    lines.push(`Fuqarolar ${n}-modda boʻyicha murojaat qilish huquqiga ega, ${filler}`)
    lines.push('')
  }
  return lines.join('\n')
}
