import { describe, expect, it } from 'vitest'
import { versionSuggestions } from '../../../server/commands/suggestions.js'
import type { Unit } from '../../../shared/domain/draft.js'
import { builtinPacks, DEFAULT_METHODOLOGY_ID } from '../../../shared/methodology/index.js'

const units: Unit[] = [
  {
    id: 'u1',
    kind: 'article',
    number: '1',
    label: '1-modda',
    parentId: null,
    text: '1-modda. Ruxsat berish',
  },
  {
    id: 'u2',
    kind: 'part',
    number: '1',
    label: '1-modda 1-qism',
    parentId: 'u1',
    text: 'Vazirlik ruxsat berishni rad etishga haqli. Tartib Vazirlar Mahkamasi tomonidan belgilanadi.',
  },
]
const pack = builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID)!

describe('versionSuggestions', () => {
  it('scans a version once per pack version and language, then serves the cached list', async () => {
    let loads = 0
    const load = async () => {
      loads++
      return units
    }
    const version = { id: `v-${Math.random()}`, language: 'uz-Latn' as const }
    const first = await versionSuggestions(version, pack, 'en', load)
    expect(first.length).toBeGreaterThan(0)
    expect(await versionSuggestions(version, pack, 'en', load)).toBe(first)
    expect(loads).toBe(1)
    const russian = await versionSuggestions(version, pack, 'ru', load)
    expect(loads).toBe(2)
    expect(russian.map((s) => [s.unitId, s.start, s.end, s.factorId])).toEqual(
      first.map((s) => [s.unitId, s.start, s.end, s.factorId]),
    )
    expect(russian[0]!.explanation).not.toBe(first[0]!.explanation)
  })
})

describe('suggestions off the main thread', () => {
  it('keeps the event loop free while a pathological 200,000-character unit is scanned', async () => {
    const huge: Unit = {
      id: 'u-huge',
      kind: 'part',
      number: '1',
      label: '1-modda 1-qism',
      parentId: null,
      text: 'boshqa hollarda '.repeat(12_500),
    }
    const version = { id: `v-huge-${Math.random()}`, language: 'uz-Latn' as const }
    const started = performance.now()
    const scan = versionSuggestions(version, pack, 'en', async () => [huge])
    // The main thread answers timers (as it would /api/health) all along, within 100 ms each.
    let worst = 0
    const delays: number[] = []
    let done = false
    void scan.finally(() => {
      done = true
    })
    while (!done) {
      const t0 = performance.now()
      await new Promise((r) => setTimeout(r, 10))
      worst = Math.max(worst, performance.now() - t0)
      delays.push(Math.round(performance.now() - t0))
    }
    const found = await scan
    expect(found.length).toBeGreaterThan(0)
    // On the main thread the scan would be one long turn (a handful of ticks, one as long as the scan);
    // in the worker the timers keep firing on time. Percentiles, not the maximum: the test machine
    // is shared and a single tick can be late for reasons of its own.
    const sorted = [...delays].sort((a, b) => a - b)
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? Number.POSITIVE_INFINITY
    console.log(
      `200,000-character unit: ${found.length} suggestions in ${Math.round(performance.now() - started)} ms (worker); ${delays.length} timer ticks meanwhile, p95 delay ${p95} ms, worst ${worst.toFixed(0)} ms`,
    )
    expect(delays.length).toBeGreaterThan(20)
    expect(p95).toBeLessThan(100)
  }, 30_000)

  it('stops a scan that runs past its time limit with 422 detector_timeout', async () => {
    const { detectInWorker } = await import('../../../server/commands/suggestions.js')
    const text = 'Vazirlik oʻz xohishiga koʻra rad etishga haqli. '.repeat(20_000)
    const unit: Unit = { id: 'u', kind: 'part', number: '1', label: 'x', parentId: null, text }
    await expect(
      detectInWorker({ units: [unit], pack, language: 'uz-Latn', explainIn: 'en' }, 1),
    ).rejects.toMatchObject({ status: 422, code: 'detector_timeout' })
  })
})
