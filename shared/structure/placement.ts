import type { Unit, UnitKind } from '../domain/draft.js'
import type { LanguageTag } from '../domain/language.js'
import type { ClassifiedLine } from './classify.js'
import type { Words } from './labels.js'
import { caseClass, endsParagraph } from './lineText.js'
import type { EnumStyle } from './markers.js'

/**
 * Pure placement decisions of the draft builder (kept apart so the builder stays a small state
 * machine): how divisions nest, which kind and label a numbered item gets, and whether a line is
 * the caption of a heading that carries only its number.
 */

const STATIC_RANK: Record<string, number> = {
  codepart: 0,
  bolim: 1,
  roman: 1.5,
  bob: 2,
  часть: 0,
  раздел: 1,
  подраздел: 2,
  глава: 3,
  '§': 4,
  division: 0,
  title: 1,
  subtitle: 2,
  crossheading: 50,
}

/** Nesting rank of a division keyword; a lower rank holds a higher one. */
export function divisionRank(keyword: string, enRanks: Map<string, number>): number {
  if (STATIC_RANK[keyword] !== undefined) return STATIC_RANK[keyword]
  // English acts disagree on whether Parts hold Chapters or the reverse; the first seen is higher.
  const base = keyword.replace(/^sub/, '')
  if (!enRanks.has(base)) enRanks.set(base, 3 + enRanks.size)
  return (enRanks.get(base) ?? 3) + (keyword.startsWith('sub') ? 0.5 : 0)
}

/** The kind of a numbered item under its parent. */
export function enumKind(parent: Unit | null, language: LanguageTag): UnitKind {
  if (!parent) return 'point'
  if (parent.kind === 'article') return language === 'en' ? 'part' : 'point'
  if (parent.kind === 'part') return 'point'
  if (parent.kind === 'point' || parent.kind === 'subpoint') return 'subpoint'
  return 'point'
}

/** The human reference of a numbered item, composed from its parent's label. */
export function enumLabel(
  words: Words,
  language: LanguageTag,
  kind: UnitKind,
  parent: Unit | null,
  n: string,
  style: EnumStyle,
): string {
  const p = parent?.label ?? null
  if (kind === 'part') return words.part(p ?? '', n)
  if (kind === 'subpoint') return words.subpoint(p ?? '', n, style)
  if (
    language === 'en' &&
    parent &&
    (parent.kind === 'division' || parent.kind === 'annex' || parent.kind === 'text')
  ) {
    return `${p}, paragraph ${n}`
  }
  return words.point(p, n, style)
}

/** A heading whose title may follow on the next lines ("ГЛАВА 1" / "ОСНОВЫ …"). */
export type Caption = { unit: Unit; count: number; upperOnly: boolean }

/** Appends the line to the caption's heading when it is its title; false when the caption ends. */
export function takeCaptionLine(c: Caption, line: ClassifiedLine): boolean {
  const upper = caseClass(line.text) === 'upper'
  const first = c.count === 0 && !c.upperOnly && !endsParagraph(line.text)
  // A long heading wrapped onto the next line continues in lower case.
  const wrapped =
    c.count === 0 && !line.blankBefore && /^\p{Ll}/u.test(line.text) && !endsParagraph(c.unit.text)
  if (wrapped) {
    c.unit.text += ` ${line.text}`
    c.count++
    return true
  }
  if (line.text.length <= 200 && (first || (upper && (c.count === 0 || !line.blankBefore)))) {
    c.unit.text += `\n${line.text}`
    c.count++
    return true
  }
  return false
}
