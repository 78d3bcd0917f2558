import type { Localized } from '../types'

/** Pick the text for a language tag, falling back to English, then to any language we have. */
export function pickText(text: Localized | string | undefined, lang: string): string {
  if (!text) return ''
  if (typeof text === 'string') return text
  const byTag = text as Record<string, string | undefined>
  return byTag[lang] ?? text.en ?? Object.values(byTag).find((v) => !!v) ?? ''
}

/** What naming factors needs of a pack (a listed pack, or any with names in some languages). */
type NamedFactors = { factors: readonly { id: string; name: Localized }[] }

/** Factor id → display name in `lang`; unknown ids (a pack changed) show as the id itself. */
export function factorNamer(pack: NamedFactors | null, lang: string): (factorId: string) => string {
  const byId = new Map<string, NamedFactors['factors'][number]>((pack?.factors ?? []).map((f) => [f.id, f]))
  return (id) => {
    const f = byId.get(id)
    return f ? pickText(f.name, lang) : id
  }
}
