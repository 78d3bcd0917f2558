/**
 * Dates in Uzbek, both scripts, with the Uzbek month names: the Intl data of some runtimes has none
 * for uz-Latn and prints "2026 M12 3". Latin "3-dekabr 2026", Cyrillic "3 декабрь 2026"
 * (terminology.md); Russian and English keep Intl.
 */

const MONTHS = {
  'uz-Latn': [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avgust',
    'sentabr',
    'oktabr',
    'noyabr',
    'dekabr',
  ],
  'uz-Cyrl': [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
} as const

/** Which parts to print. */
export type UzDateParts = { year?: boolean; time?: boolean }

/** Whether a language tag is Uzbek in one of its scripts (uz, uz-Latn, uz-Cyrl, uz-Latn-UZ …). */
export function uzbekScript(lang: string): 'uz-Latn' | 'uz-Cyrl' | null {
  if (!/^uz\b/i.test(lang)) return null
  return /cyrl/i.test(lang) ? 'uz-Cyrl' : 'uz-Latn'
}

/** A date (local time) in Uzbek: "3-dekabr 2026, 14:05" / "3 декабрь 2026, 14:05". */
export function formatUzbekDate(date: Date, script: 'uz-Latn' | 'uz-Cyrl', parts: UzDateParts = {}): string {
  const { year = true, time = false } = parts
  const month = MONTHS[script][date.getMonth()]
  const day = script === 'uz-Latn' ? `${date.getDate()}-${month}` : `${date.getDate()} ${month}`
  const withYear = year ? `${day} ${date.getFullYear()}` : day
  if (!time) return withYear
  const hh = String(date.getHours()).padStart(2, '0')
  const mm = String(date.getMinutes()).padStart(2, '0')
  return `${withYear}, ${hh}:${mm}`
}
