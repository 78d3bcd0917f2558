/**
 * The facilitator's join panel: the link and QR code use PUBLIC_URL when it is set, a loopback link
 * is flagged, a switched-off code tells a newcomer that joining is closed, and switching joining back
 * on says it kept the same code. Renaming, archiving and deleting a draft and a review from their pages
 * (Delete only once archived; a draft a review uses says why it stays).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, launchBrowser, type RunningApp, startApp } from './harness'
import { DESKTOP, signedIn } from './helpers-phone'
import { DRAFT_UZ, seedRoomReview } from './helpers-room'

describe('join link and code on the console (browser)', () => {
  let browser: Browser
  const apps: RunningApp[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  /** A fresh app (with `env`), a review with one group, and the admin's page on the review's console. */
  async function openConsole(env?: Record<string, string>) {
    const app = await startApp(env ? { env } : {})
    apps.push(app)
    const seed = await seedRoomReview(app.url, ['Alpha'])
    const admin = await signedIn(browser, app.url, seed.adminToken, DESKTOP)
    const page = await admin.newPage()
    await page.goto(`/reviews/${seed.review.id}?lang=en`)
    return { app, seed, admin, page }
  }

  afterAll(async () => {
    await browser?.close()
    for (const app of apps) await app.stop()
  })

  it('warns that a loopback join link cannot reach phones; switching off and on keeps the code', async () => {
    const { app, admin, page } = await openConsole()
    await page.getByTestId('join-loopback-warning').waitFor()
    expect(await page.getByTestId('join-url').innerText()).toContain('127.0.0.1')
    const code = await page.getByTestId('join-code').innerText()

    await page.getByTestId('disable-joining').click()
    await page.getByTestId('join-disabled').waitFor()
    // A newcomer with the old code hears that joining is closed.
    const newcomer = await browser.newContext({ baseURL: app.url, locale: 'en-US' })
    const phone = await newcomer.newPage()
    await phone.goto(`/join?code=${code}&lang=en`)
    await expect.poll(() => phone.getByTestId('join-closed').innerText()).toMatch(/Joining is closed/)

    await page.getByTestId('enable-joining').click()
    await expect.poll(() => page.getByTestId('join-code').innerText()).toBe(code)
    await expect.poll(() => page.locator('.toast').last().innerText()).toContain(`same code: ${code}`)
    await phone.reload()
    await phone.getByTestId('join-review').waitFor()
    await newcomer.close()
    await admin.close()
  })

  it('puts PUBLIC_URL into the join link and QR code, with no warning', async () => {
    const { seed, admin, page } = await openConsole({ PUBLIC_URL: 'https://shaffof.example.uz' })
    await expect
      .poll(() => page.getByTestId('join-url').innerText())
      .toBe(`https://shaffof.example.uz/join?code=${seed.review.joinCode}`)
    expect(await page.locator('.join-panel img.qr').getAttribute('alt')).toContain(
      'https://shaffof.example.uz/join',
    )
    expect(await page.getByTestId('join-loopback-warning').count()).toBe(0)
    await admin.close()
  })

  it('renames a review from the console and a draft from its page', async () => {
    const { seed, admin, page } = await openConsole()
    await page.getByTestId('rename').click()
    await page.getByTestId('rename-input').fill('Seminar, day two')
    await page.getByTestId('rename-save').click()
    await expect.poll(() => page.getByTestId('review-title').innerText()).toBe('Seminar, day two')
    await page.goto(`/drafts/${seed.draftId}?lang=en`)
    await page.getByTestId('rename').click()
    await page.getByTestId('rename-input').fill('Ruxsatnomalar toʻgʻrisida')
    await page.getByTestId('rename-save').click()
    await expect.poll(() => page.getByTestId('draft-title').innerText()).toBe('Ruxsatnomalar toʻgʻrisida')
    await page.reload()
    await expect.poll(() => page.getByTestId('draft-title').innerText()).toBe('Ruxsatnomalar toʻgʻrisida')
    await admin.close()
  })

  it('archives and deletes a draft; a draft in use and a review', async () => {
    const app = await startApp()
    apps.push(app)
    const seed = await seedRoomReview(app.url, ['Alpha'])
    const spare = await api(app.url, seed.adminToken).post<{ id: string }>('/api/drafts', {
      title: 'Spare draft',
      text: DRAFT_UZ,
    })
    expect(spare.status).toBe(201)
    const admin = await signedIn(browser, app.url, seed.adminToken, DESKTOP)
    const page = await admin.newPage()
    const listed = () => page.getByTestId('drafts-list').innerText()

    await page.goto(`/drafts/${spare.body.id}?lang=en`)
    expect(await page.getByTestId('delete').isDisabled()).toBe(true)
    await page.getByTestId('archive').click()
    await page.getByTestId('archive-confirm').click()
    await page.getByTestId('archived-badge').waitFor()
    await expect.poll(() => page.getByTestId('archive').innerText()).toBe('Unarchive')

    await page.goto('/drafts?lang=en')
    await expect.poll(listed).toContain('Seminar draft')
    expect(await listed()).not.toContain('Spare draft')
    await page.getByTestId('show-archived').check()
    await expect.poll(listed).toContain('Spare draft')
    await page.getByText('Spare draft').click()

    await page.getByTestId('delete').click()
    await page.getByTestId('archive-confirm').click()
    await page.waitForURL(/\/drafts$/)
    await expect.poll(listed).toContain('Seminar draft')
    await page.getByTestId('show-archived').check()
    await page.waitForTimeout(300)
    expect(await listed()).not.toContain('Spare draft')
    expect((await api(app.url, seed.adminToken).get(`/api/drafts/${spare.body.id}`)).status).toBe(404)

    // The review's draft is archived but not deleted: the dialog says why.
    await page.goto(`/drafts/${seed.draftId}?lang=en`)
    await page.getByTestId('archive').click()
    await page.getByTestId('archive-confirm').click()
    await page.getByTestId('archived-badge').waitFor()
    await page.getByTestId('delete').click()
    await page.getByTestId('archive-confirm').click()
    await expect.poll(() => page.locator('dialog[open]').innerText()).toContain('A review uses this draft')

    // The review goes from its console.
    await page.goto(`/reviews/${seed.review.id}?lang=en`)
    await page.getByTestId('archive').click()
    await page.getByTestId('archive-confirm').click()
    await page.getByTestId('archived-badge').waitFor()
    await page.getByTestId('delete').click()
    await page.getByTestId('archive-confirm').click()
    await page.waitForURL((u) => u.pathname === '/')
    expect((await api(app.url, seed.adminToken).get(`/api/reviews/${seed.review.id}`)).status).toBe(404)
    await admin.close()
  }, 120_000)
})
