/** ASCII-safe export file names: `shaffof-<draft slug>-<scope>-<lang>.<ext>`. */
import type { ReportModel } from '../../shared/reports/schema.js'

// Uzbek/Russian Cyrillic to Latin, enough for a readable slug (not a transliteration standard).
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
}

/** Lower-case ASCII words joined by '-', at most `max` characters; '' when nothing is left. */
export function slugify(text: string, max = 40): string {
  // Apostrophe letters (oʻ, gʻ, eʼ) vanish rather than split a word in two.
  const latin = [...text.toLowerCase().replace(/[ʻʼ’'`]/g, '')].map((c) => CYRILLIC[c] ?? c).join('')
  return latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}

/** The download name of a report in one format. */
export function reportFileName(model: Pick<ReportModel, 'act' | 'scope' | 'lang'>, ext: string): string {
  const draft = slugify(model.act.title) || 'draft'
  const scope =
    model.scope.kind === 'consolidated' ? 'consolidated' : `group-${slugify(model.scope.name, 24) || 'group'}`
  return `shaffof-${draft}-${scope}-${model.lang}.${ext}`
}
