/** Reading a methodology pack in the UI language. */
import type { LanguageTag } from '../../../shared/domain/language'
import type { Pack } from './types'

type Localized = Partial<Record<LanguageTag, string>>
type PackFactor = Pack['factors'][number]

/** Text in the UI language, falling back to English, then to any language present. */
export function localized(text: Localized | undefined, lang: string): string {
  if (!text) return ''
  return text[lang as LanguageTag] ?? text.en ?? Object.values(text)[0] ?? ''
}

/** The UI language as one of our tags (i18next may report e.g. `en-US`). */
export function uiTag(lang: string | undefined): LanguageTag {
  const l = (lang ?? 'en').toLowerCase()
  if (l.startsWith('uz')) return l.includes('cyrl') ? 'uz-Cyrl' : 'uz-Latn'
  if (l.startsWith('ru')) return 'ru'
  return 'en'
}

/** Whether a factor's name is a working (unofficial) name that the UI must label as such. */
export function isWorkingName(pack: Pack, factor: PackFactor): boolean {
  return pack.status === 'working' || factor.workingName
}

/** Factors grouped by the pack's factor groups, in pack order. */
export function factorsByGroup(pack: Pack): Array<{ group: Pack['groups'][number]; factors: PackFactor[] }> {
  return pack.groups.map((group) => ({ group, factors: pack.factors.filter((f) => f.groupId === group.id) }))
}

/** Whether a factor matches a search query (any language's name, the description or the id). */
export function factorMatches(factor: PackFactor, query: string, lang: string): boolean {
  const q = query.trim().toLowerCase()
  if (!q) return true
  const hay = [...Object.values(factor.name ?? {}), localized(factor.description, lang), factor.id]
    .join('\n')
    .toLowerCase()
  return q.split(/\s+/).every((word) => hay.includes(word))
}

/** A factor's name in the UI language by id (a factor the pack lacks shows as "—", never its id). */
export function factorNameOf(pack: Pack | null, lang: string): (id: string) => string {
  return (id) => {
    const factor = pack?.factors.find((f) => f.id === id)
    return factor ? localized(factor.name, lang) || '—' : '—'
  }
}
