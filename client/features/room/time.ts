import { formatUzbekDate, uzbekScript } from '../../../shared/i18n/dates'

/** Dates in the UI language, e.g. "27 Nov, 14:05", "27-noyabr, 14:05" (Uzbek month names by hand). */
export function formatTime(iso: string, lang: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const uz = uzbekScript(lang)
  if (uz) return formatUzbekDate(d, uz, { year: false, time: true })
  try {
    return new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(d)
  } catch {
    return d.toISOString().slice(0, 16).replace('T', ' ')
  }
}
