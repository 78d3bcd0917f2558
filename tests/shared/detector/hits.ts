import { expect } from 'vitest'
import { detect } from '../../../shared/detector/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { builtinPacks, DEFAULT_METHODOLOGY_ID, type Methodology } from '../../../shared/methodology/index.js'

/** The default pack, which every rule test scores against. */
export const pack = builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID) as Methodology

/** One sentence as a draft of one unit. */
export const unit = (text: string): Unit[] => [
  { id: 'u', kind: 'part', number: null, label: 'x', parentId: null, text },
]

/** What the detector raises on one sentence, as "factor: quote" (the shape rule tests compare). */
export const hits = (language: LanguageTag, text: string): string[] =>
  detect(unit(text), pack, { language, explainIn: 'en' }).map((s) => `${s.factorId}: ${s.quote}`)

/** Every language of a marked set has an entry with a marked span and one with none. */
export function expectPositivesAndNegatives(entries: { lang: string; expected: unknown[] }[]): void {
  for (const lang of ['uz-Latn', 'uz-Cyrl', 'ru', 'en']) {
    const mine = entries.filter((e) => e.lang === lang)
    expect(
      mine.some((e) => e.expected.length > 0),
      `${lang} has a marked span`,
    ).toBe(true)
    expect(
      mine.some((e) => e.expected.length === 0),
      `${lang} has a clean entry`,
    ).toBe(true)
  }
}
