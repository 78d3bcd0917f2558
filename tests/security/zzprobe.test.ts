import { it } from 'vitest'
import { seedReview, startApp } from '../e2e/harness.js'
import { prng } from './kit.js'
import { floodUntilClosed, invalidSyncFrames } from './wsFuzz.js'
it('probe', async () => {
  const app = await startApp()
  const s = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A', 'B'])
  const url = `ws://127.0.0.1:${app.port}/collab/${s.review.groups[0]!.room}?token=${s.adminToken}`
  const rand = prng(7)
  for (let round = 0; round < 20; round++) {
    const frames = invalidSyncFrames(rand)
    for (const [i, f] of frames.entries()) {
      const r = await floodUntilClosed(url, [f]).catch((e) => ({ code: String(e) }))
      if (typeof r.code !== 'number' || r.code !== 4400) console.log('ODD', round, i, r.code, Buffer.from(f).toString('hex').slice(0, 80))
    }
  }
  await app.stop()
}, 400000)
