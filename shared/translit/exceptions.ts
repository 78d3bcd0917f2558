/**
 * Spellings the letter rules cannot produce, as data (terminology.md, "Script conversion"): mostly
 * Russian loanwords with ц, ь, ю and ъ, and month names whose official Latin spelling differs from a
 * letter-by-letter one. Each entry is a stem (suffixes such as -ga, -dan, -dagi follow unchanged) or a
 * whole word; both sides are lower case, Latin with U+02BB in oʻ/gʻ.
 */

/** One exception: the Latin and the Cyrillic form of a stem or a whole word. */
export type SpellingException = {
  latin: string
  /** A final ь stays only when nothing follows: январь, but январдан (yanvardan). */
  cyrillic: string
  /** Match the whole word only: a short stem must not swallow a longer word (sirka is not цирка). */
  whole?: boolean
  /** Latin → Cyrillic only: an older Latin spelling; Cyrillic → Latin gives the official one. */
  oneWay?: boolean
}

/** The exceptions list. Order does not matter: longer stems are tried first. */
export const SPELLING_EXCEPTIONS: readonly SpellingException[] = [
  { latin: 'konsepsiya', cyrillic: 'концепция' },
  { latin: 'prinsip', cyrillic: 'принцип' },
  { latin: 'sentr', cyrillic: 'центр' },
  { latin: 'sement', cyrillic: 'цемент' },
  { latin: 'sirk', cyrillic: 'цирк', whole: true },
  { latin: 'litsenziya', cyrillic: 'лицензия' },
  { latin: 'litsenz', cyrillic: 'лиценз' },
  { latin: 'litsey', cyrillic: 'лицей' },
  { latin: 'ofitser', cyrillic: 'офицер' },
  { latin: 'kvitansiya', cyrillic: 'квитанция' },
  { latin: 'tendensiya', cyrillic: 'тенденция' },
  { latin: 'kompetensiya', cyrillic: 'компетенция' },
  { latin: 'instansiya', cyrillic: 'инстанция' },
  { latin: 'konferensiya', cyrillic: 'конференция' },
  { latin: 'preferensiya', cyrillic: 'преференция' },
  { latin: 'distansion', cyrillic: 'дистанцион' },
  { latin: 'stansiya', cyrillic: 'станция' },
  { latin: 'militsiya', cyrillic: 'милиция' },
  { latin: 'politsiya', cyrillic: 'полиция' },
  { latin: 'budjet', cyrillic: 'бюджет' },
  { latin: 'filtr', cyrillic: 'фильтр' },
  { latin: 'kompyuter', cyrillic: 'компьютер' },
  { latin: 'konsert', cyrillic: 'концерт' },
  { latin: 'yanvar', cyrillic: 'январь' },
  { latin: 'fevral', cyrillic: 'февраль' },
  { latin: 'aprel', cyrillic: 'апрель' },
  { latin: 'iyun', cyrillic: 'июнь' },
  { latin: 'iyul', cyrillic: 'июль' },
  { latin: 'sentabr', cyrillic: 'сентябрь' },
  { latin: 'sentyabr', cyrillic: 'сентябрь', oneWay: true },
  { latin: 'oktabr', cyrillic: 'октябрь' },
  { latin: 'oktyabr', cyrillic: 'октябрь', oneWay: true },
  { latin: 'noyabr', cyrillic: 'ноябрь' },
  { latin: 'dekabr', cyrillic: 'декабрь' },
  { latin: 'rubl', cyrillic: 'рубль' },
  { latin: 'avtomobil', cyrillic: 'автомобиль' },
  { latin: 'pochtal', cyrillic: 'почтал' },
  // ъ after ў: the Latin spelling has no sign for it.
  { latin: 'moʻjiza', cyrillic: 'мўъжиза' },
  { latin: 'moʻtabar', cyrillic: 'мўътабар' },
  { latin: 'moʻtadil', cyrillic: 'мўътадил' },
  { latin: 'moʻmin', cyrillic: 'мўъмин' },
  // Native words where s and h are separate letters (с + ҳ), not the digraph sh (ш).
  { latin: 'ishoq', cyrillic: 'исҳоқ', oneWay: true },
  { latin: 'ishol', cyrillic: 'исҳол', oneWay: true },
  { latin: 'ashob', cyrillic: 'асҳоб', oneWay: true },
  { latin: 'mushaf', cyrillic: 'мусҳаф', oneWay: true },
  { latin: 'sahhof', cyrillic: 'саҳҳоф', oneWay: true },
]

/**
 * Latin acronyms that stay in Latin letters inside Cyrillic text (PDF, ID). A list, not a rule: Uzbek
 * acronyms in capitals (PQ, PF, OʻRQ, MHXS) must still convert (ПҚ, ПФ, ЎРҚ, МҲХС).
 */
export const LATIN_ACRONYMS: ReadonlySet<string> = new Set([
  'PDF',
  'HTML',
  'CSV',
  'XML',
  'SMS',
  'GPS',
  'HTTP',
  'HTTPS',
  'WWW',
  'ID',
  'URL',
  'API',
  'USB',
  'DOCX',
  'JSON',
  'ISO',
  'UTC',
  'AI',
  'IT',
  'PIE',
  'OECD',
  'UNDP',
  'USAID',
  'EU',
  'UN',
  'ERP',
  'IFRS',
])
