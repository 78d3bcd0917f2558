import { UNIT_KINDS, type Unit, type UnitKind } from '../domain/draft.js'
import type { LanguageTag } from '../domain/language.js'
import { DraftBuilder } from './build.js'
import { classifyLines } from './classify.js'
import { detectLanguage } from './detect.js'

export { detectLanguage } from './detect.js'
export { enumMarker, structureStart } from './markers.js'

import { lineMarker } from './markers.js'

/** The result of parsing a draft: its language and its units in document order. */
export interface ParsedDraft {
  language: LanguageTag
  units: Unit[]
}

/**
 * Splits a draft's plain text into legal units (divisions, articles, parts, points, annexes,
 * preamble and text), following the drafting conventions of its language. Pure and
 * deterministic: unit ids are `u1`, `u2`, … in document order. Every non-blank character of the
 * text lands in exactly one unit's `text`; wrapped lines of one paragraph are joined with a space.
 */
export function parseDraft(text: string, language?: LanguageTag): ParsedDraft {
  const normalized = text.replace(/\r\n?/g, '\n')
  const lang = language ?? detectLanguage(normalized)
  const builder = new DraftBuilder(lang)
  for (const line of classifyLines(normalized, lang)) builder.add(line)
  return { language: lang, units: builder.finish() }
}

/** How many units of each kind a draft has (all kinds present, zero when absent). */
export function unitCounts(units: readonly Unit[]): Record<UnitKind, number> {
  const counts = Object.fromEntries(UNIT_KINDS.map((k) => [k, 0])) as Record<UnitKind, number>
  for (const u of units) counts[u.kind]++
  return counts
}

/** The article a unit belongs to (the unit itself when it is an article), or null outside articles. */
export function articleOf(units: readonly Unit[], unitId: string): Unit | null {
  const byId = new Map(units.map((u) => [u.id, u]))
  let cur = byId.get(unitId) ?? null
  const seen = new Set<string>()
  while (cur && !seen.has(cur.id)) {
    if (cur.kind === 'article') return cur
    seen.add(cur.id)
    cur = cur.parentId ? (byId.get(cur.parentId) ?? null) : null
  }
  return null
}

/**
 * The line that names a unit: for an annex whose text opens with the reference to its act
 * ("Вазирлар Маҳкамасининг … қарорига / 1-ИЛОВА / title"), the "1-ИЛОВА" line and its title;
 * for every other unit its first line.
 */
export function headingLine(unit: Unit): string {
  const lines = unit.text.split('\n').map((l) => l.trim())
  if (unit.kind === 'annex') {
    const at = lines.findIndex((l) =>
      (['uz-Latn', 'ru', 'en'] as const).some((lang) => lineMarker(l, lang, false)?.type === 'annex'),
    )
    if (at > 0) return [lines[at], lines[at + 1]].filter(Boolean).join(' ')
  }
  return lines[0] ?? ''
}
