import { z } from 'zod'

/** The four language/script tags the contract uses everywhere (UI, drafts, exports). */
export const LANGUAGE_TAGS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const
export const LanguageTag = z.enum(LANGUAGE_TAGS)
export type LanguageTag = z.infer<typeof LanguageTag>

/** Text in every language tag; packs and UI catalogues must fill all four. */
export const LocalizedText = z.object({
  en: z.string().min(1),
  ru: z.string().min(1),
  'uz-Latn': z.string().min(1),
  'uz-Cyrl': z.string().min(1),
})
export type LocalizedText = z.infer<typeof LocalizedText>

/** `POST /api/transliterate`: the text in the other script. */
export const Transliteration = z.object({ text: z.string() })
