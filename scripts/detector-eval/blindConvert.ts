/**
 * Uzbek Cyrillic entries of the blind set made by machine transliteration of the marked uz-Latn
 * entries. Real Cyrillic acts could be found only as the openings of stored pages (14 norms), so
 * these give the Cyrillic figure a base the size of the Latin one. Their marks are the settled
 * uz-Latn marks transliterated: nobody coded them again, and the report says they are converted.
 */
import { transliterate } from '../../shared/translit/index.js'
import type { EvalEntry } from './sets.js'

/** A converted entry remembers its source entry. */
export type ConvertedEntry = EvalEntry & { converted: { from: string } }

/** Appends a uz-Cyrl copy of every uz-Latn entry, numbered after the real Cyrillic entries. */
export function withConvertedCyrillic(entries: EvalEntry[]): (EvalEntry | ConvertedEntry)[] {
  const cyrl = entries.filter((e) => e.lang === 'uz-Cyrl').length
  const latin = entries.filter((e) => e.lang === 'uz-Latn')
  const converted = latin.map((e, i): ConvertedEntry => {
    const text = transliterate(e.text, 'uz-Cyrl')
    const expected = e.expected.map((x) => {
      const quote = transliterate(x.quote, 'uz-Cyrl')
      if (!text.includes(quote))
        throw new Error(`${e.id}: the transliterated quote “${quote}” is not in the transliterated text`)
      return { ...x, quote }
    })
    return {
      ...e,
      // the set's own prefix: b-… in the first blind set, c-… in the second
      id: `${e.id.slice(0, e.id.indexOf('-'))}-uz-Cyrl-${String(cyrl + i + 1).padStart(2, '0')}`,
      lang: 'uz-Cyrl',
      text,
      expected,
      converted: { from: e.id },
      note: `Machine transliteration of ${e.id} with transliterate(text, 'uz-Cyrl'); not an official Cyrillic text. Marks: ${e.id}'s settled marks, transliterated.`,
    }
  })
  return [...entries, ...converted]
}
