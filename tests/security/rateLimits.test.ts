/**
 * Issue 11, brute force against the real server (real socket addresses, so the limiter keys are
 * what an attacker would hit): password guessing on one account, password spraying over many
 * accounts, join-code guessing, and forged X-Forwarded-For headers. Each ends in 429 with the
 * contract body, and even the right secret is refused while limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, seedReview, startApp } from '../e2e/harness.js'
import { errorBodyProblem, rawRequest, recordFigures } from './kit.js'

let app: RunningApp
let joinCode: string
let groupId: string
const figures: string[] = []

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(app.url, 'POST', path, {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

/** Attempts until the first 429 (or `max`); returns the statuses. */
async function attemptsUntilLimited(
  max: number,
  attempt: (i: number) => Promise<{ status: number; text: string }>,
): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < max; i++) {
    const res = await attempt(i)
    statuses.push(res.status)
    if (res.status === 429) {
      expect(errorBodyProblem(res)).toBeNull()
      expect(JSON.parse(res.text).error.code).toBe('too_many_requests')
      break
    }
  }
  return statuses
}

beforeAll(async () => {
  app = await startApp()
  const seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
  joinCode = seeded.review.joinCode
  groupId = seeded.review.groups[0]!.id
}, 120_000)

afterAll(async () => {
  recordFigures('brute force', figures)
  await app?.stop()
})

describe('rate limits on login and join (real server)', () => {
  it('stops password guessing on one account, and refuses the right password while limited', async () => {
    const statuses = await attemptsUntilLimited(100, (i) =>
      post('/api/login', { name: 'admin', password: `guess-${i}` }),
    )
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true)
    const right = await post('/api/login', { name: 'admin', password: 'correct horse battery' })
    expect(right.status).toBe(429)
    figures.push(
      `login, one account: ${statuses.length - 1} wrong passwords answered, then 429 (right password also 429)`,
    )
  })

  it('stops password spraying over many names from one address', async () => {
    const statuses = await attemptsUntilLimited(500, (i) =>
      post('/api/login', { name: `user${i}`, password: 'Password1!' }),
    )
    expect(statuses.at(-1)).toBe(429)
    // The per-address budget is shared with the previous test's 12 attempts.
    figures.push(
      `login, spraying: ${statuses.length - 1} more names tried (${statuses.length - 1 + 12} login attempts from the address), then 429`,
    )
  })

  it('stops join-code guessing (random codes, one address)', async () => {
    const statuses = await attemptsUntilLimited(500, (i) =>
      post('/api/join', { code: `ZZZZ${String(i).padStart(6, '2')}`, name: 'Guesser', groupId }),
    )
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((s) => s === 404 || s === 400)).toBe(true)
    const right = await post('/api/join', { code: joinCode, name: 'Late guesser', groupId })
    expect(right.status).toBe(429)
    const lookups = await attemptsUntilLimited(5, () => rawRequest(app.url, 'GET', `/api/join/${joinCode}`))
    expect(lookups).toEqual([429])
    // Codes are 10 characters from a 32-letter alphabet; at this budget a guess takes ~10^7 years.
    const perMinute = statuses.length - 1
    const years = 32 ** 10 / 2 / perMinute / 60 / 24 / 365
    figures.push(
      `join: ${perMinute} wrong codes per minute per address, then 429 (right code and GET /api/join/:code also 429); expected time to guess one code ≈ ${years.toExponential(1)} years`,
    )
  })

  it('ignores forged X-Forwarded-For (the limit follows the socket)', async () => {
    const statuses = await attemptsUntilLimited(20, (i) =>
      post(
        '/api/login',
        { name: 'admin', password: `forged-${i}` },
        { 'X-Forwarded-For': `10.0.${i}.${i}`, 'X-Real-IP': `10.1.${i}.1` },
      ),
    )
    expect(statuses).toEqual([429])
    figures.push('forged X-Forwarded-For / X-Real-IP: still 429 on the first attempt')
  })
})
