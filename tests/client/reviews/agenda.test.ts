import { describe, expect, it } from 'vitest'
import * as A from '../../../client/features/reviews/agenda'

describe('agenda timer', () => {
  it('counts down only while running and keeps time across pause', () => {
    let s = A.defaultAgenda()
    expect(A.remaining(s, 1000)).toBe(45 * 60_000)
    s = A.start(s, 0)
    expect(A.remaining(s, 60_000)).toBe(44 * 60_000)
    s = A.pause(s, 60_000)
    expect(A.remaining(s, 10 * 60_000)).toBe(44 * 60_000)
    s = A.start(s, 100_000)
    expect(A.elapsed(s, 130_000)).toBe(90_000)
  })

  it('goes over time into negative and formats it', () => {
    let s = A.setMinutes(A.defaultAgenda(), 0, 1)
    s = A.start(s, 0)
    expect(A.formatClock(A.remaining(s, 90_500))).toBe('−00:30')
    expect(A.formatClock(65 * 60_000)).toBe('1:05:00')
  })

  it('moves between steps with a fresh clock and clamps the index', () => {
    let s = A.start(A.defaultAgenda(), 0)
    s = A.goTo(s, 1, 5000)
    expect(s.active).toBe(1)
    expect(A.elapsed(s, 5000)).toBe(0)
    expect(s.startedAt).toBe(5000)
    expect(A.goTo(s, 99, 0).active).toBe(2)
    expect(A.reset(s).startedAt).toBeNull()
  })

  it('clamps minutes and persists through storage', () => {
    const store = new Map<string, string>()
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    }
    const s = A.setMinutes(A.defaultAgenda(), 2, 9999)
    expect(s.items[2]?.minutes).toBe(600)
    A.saveAgenda('r1', s, storage)
    expect(A.loadAgenda('r1', storage)).toEqual(s)
    expect(A.loadAgenda('other', storage)).toEqual(A.defaultAgenda())
    store.set('shaffof.agenda.bad', '{not json')
    expect(A.loadAgenda('bad', storage)).toEqual(A.defaultAgenda())
  })
})
