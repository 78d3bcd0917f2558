/** Whether factor names are official wording, a translation of it, or working names (no imports: the client uses it). */

/** How a pack's factor names read in a language: official wording, a translation of it, or working names. */
export type NameStanding = 'official' | 'translation' | 'working'

/**
 * The standing of the factor names shown in `lang`: working when the pack or any factor's name is a
 * reconstruction; otherwise official only in the pack's source language — a translation of an official
 * text is never labelled official.
 */
export function nameStanding(
  pack: {
    status?: string
    sourceLanguage?: string
    factors: readonly { workingName?: boolean; verification?: { name: string } }[]
  },
  lang: string,
): NameStanding {
  const working =
    pack.status !== 'official' ||
    pack.factors.some((f) => f.workingName === true || f.verification?.name === 'working')
  if (working) return 'working'
  return pack.sourceLanguage === lang ? 'official' : 'translation'
}
