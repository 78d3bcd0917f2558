/** Save timing (debounce, max wait, retry backoff) with fake timers: the scheduler is pure timing. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SaveScheduler } from '../../../server/collab/persistence.js'

const timing = { debounceMs: 100, maxWaitMs: 300, retryBaseMs: 50, retryMaxMs: 400 }

beforeEach(() => {
  vi.useFakeTimers({ now: 0 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('SaveScheduler', () => {
  it('debounces: one save after the last change', async () => {
    const saves: number[] = []
    const s = new SaveScheduler(async () => void saves.push(Date.now()), timing)
    s.markDirty()
    await vi.advanceTimersByTimeAsync(60)
    s.markDirty()
    await vi.advanceTimersByTimeAsync(60)
    s.markDirty()
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(99)
    expect(saves).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(saves).toEqual([220])
    expect(s.dirty).toBe(false)
  })

  it('never waits longer than maxWait while changes keep coming', async () => {
    const saves: number[] = []
    const s = new SaveScheduler(async () => void saves.push(Date.now()), timing)
    for (let t = 0; t <= 1000; t += 50) {
      s.markDirty()
      await vi.advanceTimersByTimeAsync(50)
    }
    // Changes every 50 ms (< debounce) from 0 to 1000: saves forced at 300, 600, 900 (max wait).
    expect(saves).toEqual([300, 600, 900])
    await vi.advanceTimersByTimeAsync(200)
    expect(saves).toEqual([300, 600, 900, 1100])
    expect(s.dirty).toBe(false)
  })

  it('retries a failed save with backoff and stays dirty until it succeeds', async () => {
    const attempts: number[] = []
    let failuresLeft = 3
    const failed: number[] = []
    let savedHook = 0
    const s = new SaveScheduler(
      async () => {
        attempts.push(Date.now())
        if (failuresLeft-- > 0) throw new Error('disk full')
      },
      timing,
      { onFailed: (_e, n) => failed.push(n), onSaved: () => savedHook++ },
    )
    s.markDirty()
    await vi.advanceTimersByTimeAsync(100) // first attempt at 100 fails
    expect(s.dirty).toBe(true)
    expect(s.failures).toBe(1)
    s.markDirty() // a change during backoff does not cut the backoff short
    await vi.advanceTimersByTimeAsync(1000)
    expect(attempts).toEqual([100, 150, 250, 450])
    expect(failed).toEqual([1, 2, 3])
    expect(s.failures).toBe(0)
    expect(s.dirty).toBe(false)
    expect(savedHook).toBe(1)
  })

  it('flush saves at once, and rejects when that save fails', async () => {
    let fail = true
    const saves: number[] = []
    const s = new SaveScheduler(async () => {
      if (fail) throw new Error('EIO')
      saves.push(Date.now())
    }, timing)
    s.markDirty()
    await expect(s.flush()).rejects.toThrow('EIO')
    expect(s.dirty).toBe(true)
    fail = false
    await s.flush()
    expect(saves).toEqual([0])
    expect(s.dirty).toBe(false)
    await s.flush() // clean: no save
    expect(saves).toEqual([0])
  })

  it('a change during a save is saved by a later save', async () => {
    let release!: () => void
    const saves: number[] = []
    const s = new SaveScheduler(
      () =>
        new Promise<void>((r) => {
          release = () => {
            saves.push(Date.now())
            r()
          }
        }),
      timing,
    )
    s.markDirty()
    await vi.advanceTimersByTimeAsync(100)
    expect(s.saving).toBe(true)
    s.markDirty()
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(s.dirty).toBe(true)
    await vi.advanceTimersByTimeAsync(100)
    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves).toEqual([100, 200])
    expect(s.dirty).toBe(false)
  })
})
