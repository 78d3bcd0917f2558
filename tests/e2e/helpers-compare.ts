/**
 * Seeding and browser helpers for the compare/export end-to-end tests: extra staff accounts, a
 * Russian draft with overlapping findings from three groups, and pages signed in by token.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  api,
  type BrowserSuite,
  newPerson,
  type ReviewWithUnits,
  type RunningApp,
  seedReviewWithUnits,
  signInContext,
  startSuite,
  stopSuite,
} from './harness'

/** A draft whose article 2 gives the groups something to disagree about. */
export const DRAFT_RU = [
  'Статья 1. Предмет регулирования',
  'Настоящий Закон регулирует отношения в сфере выдачи разрешений на строительство.',
  'Статья 2. Выдача разрешений',
  '1. Уполномоченный орган вправе по своему усмотрению выдать разрешение или отказать в его выдаче.',
  '2. Срок рассмотрения заявления устанавливается уполномоченным органом.',
  'Статья 3. Заключительные положения',
  'Настоящий Закон вступает в силу со дня его официального опубликования.',
].join('\n')

type Unit = { id: string; kind: string; label: string; text: string }

/** Create a user with a role (as admin) and sign them in; returns their token. */
export async function createUser(
  url: string,
  adminToken: string,
  name: string,
  role: string,
): Promise<string> {
  const password = 'a long enough password'
  const made = await api(url, adminToken).post('/api/users', { name, password, role })
  if (made.status !== 201) throw new Error(`user failed: ${made.status} ${JSON.stringify(made.body)}`)
  const login = await api(url).post<{ token: string }>('/api/login', { name, password })
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`)
  return login.body.token
}

/** The seeded review plus what tests need to place findings. */
export type CompareSeed = ReviewWithUnits<Unit>

/** Admin, the draft above and a review with the given groups; units and the pack's factor ids. */
export async function seedCompareReview(url: string, groups: string[]): Promise<CompareSeed> {
  const seed = await seedReviewWithUnits<Unit>(url, DRAFT_RU, groups, 'Семинар')
  if (seed.factorIds.length === 0) throw new Error('no methodology pack')
  return seed
}

/** Accounts a compare test signs in with: name and role. */
export type People = readonly (readonly [name: string, role: string])[]

/**
 * The app, a browser, a seeded compare review and signed-in accounts (tokens in the order given),
 * for a test file's `beforeAll` (stop with `stopSuite`).
 */
export async function startCompareSuite<P extends People>(
  groups: string[],
  people: P,
): Promise<BrowserSuite & { seed: CompareSeed; tokens: { [K in keyof P]: string } }> {
  const suite = await startSuite()
  try {
    const seed = await seedCompareReview(suite.app.url, groups)
    const tokens: string[] = []
    for (const [name, role] of people)
      tokens.push(await createUser(suite.app.url, seed.adminToken, name, role))
    return { ...suite, seed, tokens: tokens as { [K in keyof P]: string } }
  } catch (e) {
    await stopSuite(suite)
    throw e
  }
}

/** The unit whose text contains `needle`. */
export function unitWith(seed: CompareSeed, needle: string): Unit {
  const unit = seed.units.find((u) => u.text.includes(needle))
  if (!unit) throw new Error(`no unit contains "${needle}": ${JSON.stringify(seed.units.map((u) => u.text))}`)
  return unit
}

/** Create a group finding over REST (as admin) by quote; returns its id. */
export async function addFinding(
  url: string,
  seed: CompareSeed,
  groupId: string,
  body: {
    unitId: string
    quote: string
    factorIds: string[]
    rationale?: string
    proposal?: string
    risk?: string
  },
): Promise<string> {
  const res = await api(url, seed.adminToken).post<{ id: string }>(
    `/api/reviews/${seed.review.id}/groups/${groupId}/findings`,
    body,
  )
  if (res.status !== 201) throw new Error(`finding failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

/** A new person (own cookies and storage) signed in with `token`, on `path`. */
export async function signedInPage(
  browser: Browser,
  app: RunningApp,
  token: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPerson(browser, app)
  await signInContext(context, app.url, token)
  await context.addInitScript(() => localStorage.setItem('shaffof.lang', 'en'))
  const page = await context.newPage()
  await page.goto(path)
  return { context, page }
}
