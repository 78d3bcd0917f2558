import type { LanguageTag } from '../domain/language.js'

const UZ_CYRL_LETTERS = /[ўЎқҚғҒҳҲ]/gu
const CYRILLIC = /[\u0400-\u04FF]/gu
const LATIN = /[A-Za-z]/g
const UZ_LATN_WORDS =
  /\b(?:va|ushbu|bilan|uchun|yoki|hamda|modda|moddasi|qonun\w*|etiladi|tomonidan|boʻyicha|bo[‘'’`]yicha|oʻz|o[‘'’`]z|qilish|mumkin|belgilangan)\b/giu
const EN_WORDS = /\b(?:the|of|and|to|shall|section|be|in|by|or|any|such|this|may)\b/giu
const UZ_APOSTROPHE = /[oOgG][ʻ‘'’`]/gu
const RU_WORDS = /(?:^|[\s(«"])(?:и|в|на|не|с|по|для|от|что|или|если|его|их|это|при)(?=[\s,.;:)»"]|$)/gu
const UZ_CYRL_WORDS =
  /(?:^|[\s(«"])(?:ва|учун|билан|ҳамда|ёки|ушбу|мазкур|бўйича|этилади|қилиш|мумкин)(?=[\s,.;:)»"]|$)/gu

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0

/**
 * Detects the language and script of a draft from letter and function-word frequencies.
 * Uzbek Cyrillic is told from Russian by ў, қ, ғ, ҳ and its function words; Uzbek Latin from
 * English by oʻ/gʻ and its function words. Looks at the first 200,000 characters only.
 */
export function detectLanguage(text: string): LanguageTag {
  const sample = text.slice(0, 200_000)
  const cyr = count(sample, CYRILLIC)
  const lat = count(sample, LATIN)
  if (cyr > lat) {
    const uzLetters = count(sample, UZ_CYRL_LETTERS)
    const uzWords = count(sample, UZ_CYRL_WORDS)
    const ruWords = count(sample, RU_WORDS)
    return uzLetters / cyr > 0.004 || uzWords > ruWords ? 'uz-Cyrl' : 'ru'
  }
  const uz = count(sample, UZ_LATN_WORDS) + count(sample, UZ_APOSTROPHE)
  const en = count(sample, EN_WORDS)
  return uz > en ? 'uz-Latn' : 'en'
}
