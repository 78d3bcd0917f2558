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
