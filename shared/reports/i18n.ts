/**
 * Report wording in the four languages (en, ru, uz-Latn, uz-Cyrl). Fixed labels are strings; the
 * concluding section is built from templates with named slots so word order stays natural per language.
 * The catalogues live in `text/`, one file per language.
 */
import type { LanguageTag } from '../domain/language.js'
import { en } from './text/en.js'
import { ru } from './text/ru.js'
import type { ReportText } from './text/types.js'
import { uzCyrl } from './text/uzCyrl.js'
import { uzLatn } from './text/uzLatn.js'

export type { ConclusionFacts, ReportText } from './text/types.js'

const catalogues: Record<LanguageTag, ReportText> = { en, ru, 'uz-Latn': uzLatn, 'uz-Cyrl': uzCyrl }

/** The report wording for a language tag. */
export function reportText(lang: LanguageTag): ReportText {
  return catalogues[lang]
}

/**
 * A date as reports print it: `27.11.2026` in ru and Uzbek (the CIS convention), ISO `2026-11-27` in
 * English. Takes an ISO timestamp and uses its date part as written; prints anything unparsable unchanged.
 */
export function formatDate(lang: LanguageTag, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return lang === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]}.${m[2]}.${m[1]}`
}
