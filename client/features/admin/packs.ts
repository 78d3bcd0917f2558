/**
 * Methodology packs as the admin page sees them: the `GET /api/methodologies` item (contract plus our
 * extensions) and pure helpers for reading and importing packs.
 */
import type { MethodologySummary } from '../../../shared/domain/methodology'
import { ApiError } from '../../api/client'

type Localized = Record<string, string>

/** One legal act a pack rests on; `verified` says whether the reference itself was checked. */
export type LegalBasisItem = PackSummary['legalBasis'][number]

/** The list item of `GET /api/methodologies` (declared once in shared/domain). */
export type PackSummary = MethodologySummary

/** The server's JSON body limit; a bigger pack would only come back as a 413. */
export const MAX_PACK_BYTES = 1024 * 1024

/** Text in the UI language, then English, then whatever language the pack has. */
export function inLanguage(text: Localized | undefined, lang: string): string {
  if (!text) return ''
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? ''
}

/** The pack title in the UI language (the contract's `title` is the pack's default language). */
export function packTitle(pack: PackSummary, lang: string): string {
  return (pack.titles as Localized | undefined)?.[lang] ?? pack.title
}

/** Whether the pack's factor names are our working wording, not the official text. */
export function packHasWorkingNames(pack: PackSummary): boolean {
  return pack.status === 'working' || pack.factors.some((f) => f.workingName)
}

/** Only web links become anchors: a pack is uploaded data, and `javascript:` must never be clickable. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null
  } catch {
    return null
  }
}

/** The pack's factors under each of its groups, in pack order; factors of unknown groups come last. */
export function factorsByGroup(pack: PackSummary) {
  const known = new Set(pack.groups.map((g) => g.id))
  const groups = pack.groups.map((group) => ({
    group,
    factors: pack.factors.filter((f) => f.groupId === group.id),
  }))
  const orphans = pack.factors.filter((f) => !known.has(f.groupId))
  return orphans.length ? [...groups, { group: null, factors: orphans }] : groups
}

/**
 * Read pasted or uploaded pack text before sending it. Returns the parsed value, or an ApiError whose
 * message (already in the user's language) explains what to fix, so the form shows it like any other.
 */
export function parsePackText(
  text: string,
  messages: { empty: string; notJson: string; notObject: string; tooLarge: string },
): { ok: true; value: Record<string, unknown> } | { ok: false; error: ApiError } {
  const local = (status: number, code: string, message: string) => ({
    ok: false as const,
    error: new ApiError(status, code, message, { localized: true }),
  })
  if (!text.trim()) return local(400, 'invalid_input', messages.empty)
  if (new TextEncoder().encode(text).byteLength > MAX_PACK_BYTES)
    return local(413, 'too_large', messages.tooLarge)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    // The parser's own words name the position ("… at position 120"); keep them for the admin.
    return local(400, 'malformed_json', `${messages.notJson} ${(err as Error).message}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return local(400, 'invalid_input', messages.notObject)
  return { ok: true, value: value as Record<string, unknown> }
}
