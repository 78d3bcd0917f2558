/**
 * i18n set-up: i18next + react-i18next with every catalogue bundled (they are small), four tags.
 * Order of choice: `?lang=` in the URL, then the user's saved preference (applied by the session),
 * then this device's last choice, then the browser's languages.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGE_TAGS, type LanguageTag } from '../../shared/domain/language'
import { formatUzbekDate, uzbekScript } from '../../shared/i18n/dates'

/** Every namespace the app's catalogues use; each has one JSON file per language. */
export const NAMESPACES = [
  'common',
  'admin',
  'drafts',
  'review',
  'join',
  'room',
  'compare',
  'export',
  'followUp',
] as const

const LANG_KEY = 'shaffof.lang'

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true })

/** Catalogues by language and namespace, read from `locales/<tag>/<ns>.json`. */
export function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {}
  for (const [path, mod] of Object.entries(files)) {
    const m = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!m) continue
    const [, lang, ns] = m as unknown as [string, string, string]
    out[lang] ??= {}
    out[lang][ns] = mod.default
  }
  return out
}

/** Is this string one of our four tags? */
export function isLanguageTag(v: unknown): v is LanguageTag {
  return typeof v === 'string' && (LANGUAGE_TAGS as readonly string[]).includes(v)
}

/** Map a browser language (`uz-Cyrl-UZ`, `ru-RU`, `uz`) to one of our tags, or null. */
export function fromBrowserLanguage(lang: string): LanguageTag | null {
  const l = lang.toLowerCase()
  if (l.startsWith('uz')) return l.includes('cyrl') ? 'uz-Cyrl' : 'uz-Latn'
  if (l.startsWith('ru')) return 'ru'
  if (l.startsWith('en')) return 'en'
  return null
}

/** Pick the start-up language (pure, tested): URL, then stored, then browser, then English. */
export function resolveLanguage(input: {
  query?: string | null
  stored?: string | null
  browser?: readonly string[]
}): LanguageTag {
  if (isLanguageTag(input.query)) return input.query
  if (isLanguageTag(input.stored)) return input.stored
  for (const b of input.browser ?? []) {
    const tag = fromBrowserLanguage(b)
    if (tag) return tag
  }
  return 'en'
}

/** The language given by `?lang=` in the current URL, if valid. */
export function languageFromUrl(): LanguageTag | null {
  if (typeof window === 'undefined') return null
  const q = new URLSearchParams(window.location.search).get('lang')
  return isLanguageTag(q) ? q : null
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANG_KEY)
  } catch {
    return null
  }
}

/** Switch the UI language and remember it on this device (the session also saves it per user). */
export async function applyLanguage(tag: LanguageTag): Promise<void> {
  try {
    localStorage.setItem(LANG_KEY, tag)
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = tag
  if (i18next.language !== tag) await i18next.changeLanguage(tag)
}

/** Initialise i18next once; returns the instance (also used directly by tests). */
export function initI18n(lang?: LanguageTag) {
  const initial =
    lang ??
    resolveLanguage({
      query: languageFromUrl(),
      stored: storedLanguage(),
      browser: typeof navigator === 'undefined' ? [] : navigator.languages,
    })
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: bundledResources(),
      lng: initial,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGE_TAGS],
      load: 'currentOnly',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes; we never inject HTML from catalogues.
      react: { useSuspense: false },
      initAsync: false,
      returnNull: false,
      showSupportNotice: false,
    })
  }
  void applyLanguage(initial)
  return i18next
}

/** Format a date/time for the current UI language (Intl), tolerant of bad input. */
export function formatDateTime(
  iso: string | number | Date,
  lang: string,
  opts?: Intl.DateTimeFormatOptions,
): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const uz = uzbekScript(lang)
  // Uzbek month names by hand: Intl prints "2026 M12 3" for uz-Latn where it lacks the data.
  if (uz)
    return formatUzbekDate(d, uz, {
      year: true,
      time: !opts || opts.timeStyle !== undefined || opts.hour !== undefined,
    })
  try {
    return new Intl.DateTimeFormat(lang, opts ?? { dateStyle: 'medium', timeStyle: 'short' }).format(d)
  } catch {
    return d.toISOString()
  }
}

/** Format a number for the current UI language. */
export function formatNumber(n: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang).format(n)
  } catch {
    return String(n)
  }
}

export { i18next }
