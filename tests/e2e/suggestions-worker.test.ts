/**
 * The production bundle runs the detector in its compiled worker (dist-server/detectSuggestions.js):
 * suggestions come back over HTTP, and health answers while a pathological draft is scanned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, type RunningApp, startApp } from './harness'
import { seedRoomReview } from './helpers-room'

describe('suggestions worker (production bundle)', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await startApp()
  }, 120_000)
  afterAll(async () => {
    await app?.stop()
  })

  it('answers suggestions from the worker, and health meanwhile', async () => {
    const seed = await seedRoomReview(app.url, ['Alpha'])
    const admin = api(app.url, seed.adminToken)
    const r = await admin.get<unknown[]>(`/api/drafts/${seed.draftId}/suggestions`)
    expect(r.status).toBe(200)
    expect(r.body.length).toBeGreaterThan(0)
    const huge = await admin.post<{ id: string }>('/api/drafts', {
      title: 'Pathological',
      text: `1-modda. Umumiy qoidalar\n${'boshqa hollarda '.repeat(12_500)}`,
      plainText: true,
    })
    expect(huge.status).toBe(201)
    const scan = admin.get<unknown[]>(`/api/drafts/${huge.body.id}/suggestions`)
    const t0 = performance.now()
    const health = await fetch(`${app.url}/api/health`)
    const healthMs = performance.now() - t0
    expect(health.status).toBe(200)
    const scanned = await scan
    expect(scanned.status).toBe(200)
    console.log(`health during a 200,000-character scan: ${healthMs.toFixed(0)} ms`)
    expect(healthMs).toBeLessThan(1000)
  }, 120_000)
})
