/**
 * The admin switches an account off from the users screen (after confirming): that person's open
 * page is signed out, and signing in again is refused; a role change shows in the list.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, setupAdmin, startSuite, stopSuite } from './harness'
import { DESKTOP, signedIn } from './helpers-phone'

describe('account administration (browser)', () => {
  let app: RunningApp
  let browser: Browser

  beforeAll(async () => {
    ;({ app, browser } = await startSuite())
  }, 120_000)

  afterAll(async () => {
    await stopSuite({ app, browser })
  })

  it('switches an account off with confirmation, ending its sessions; changes a role', async () => {
    const adminToken = await setupAdmin(app.url)
    const a = api(app.url, adminToken)
    const created = await a.post<{ user: { id: string } }>('/api/users', {
      name: 'Fotima',
      password: 'password-123',
      role: 'facilitator',
    })
    expect(created.status).toBe(201)
    const login = await api(app.url).post<{ token: string }>('/api/login', {
      name: 'Fotima',
      password: 'password-123',
    })
    const fotima = await signedIn(browser, app.url, login.body.token, DESKTOP)
    const herPage = await fotima.newPage()
    await herPage.goto('/?lang=en')
    await herPage.locator('main').waitFor()

    const admin = await signedIn(browser, app.url, adminToken, DESKTOP)
    const page = await admin.newPage()
    await page.goto('/admin/users?lang=en')
    const row = page.locator(`tr[data-user-id="${created.body.user.id}"]`)
    await row.getByTestId('account-role').selectOption('expert')
    expect(await page.getByTestId('account-confirm-text').innerText()).toContain('Fotima becomes Expert')
    await page.getByTestId('account-confirm').click()
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe('Expert')

    await row.getByTestId('account-switch').click()
    await page.getByTestId('account-confirm').click()
    await row.getByTestId('account-off').waitFor()
    // Her session ended: the API refuses it, and a fresh sign-in is refused too.
    expect((await api(app.url, login.body.token).get('/api/me')).status).toBe(401)
    const again = await api(app.url).post<{ error: { code: string } }>('/api/login', {
      name: 'Fotima',
      password: 'password-123',
    })
    expect(again.body.error.code).toBe('account_deactivated')
    // The admin's own row has no switch.
    expect(await page.locator('tr', { hasText: 'admin' }).first().getByTestId('account-switch').count()).toBe(
      0,
    )
    await fotima.close()
    await admin.close()
  })
})
