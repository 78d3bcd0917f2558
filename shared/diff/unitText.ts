/**
 * What of a unit's text counts when versions are compared: its own number is not part of its wording
 * (a renumbered article with the same text is the same article), so it is replaced by `#`.
 */
import type { Unit } from '../domain/draft.js'

const WORDISH = /[\p{L}\p{N}]/u
/** Before the number: nothing, brackets or §, or one keyword ("Статья", "Section", "РАЗДЕЛ"). */
const PREFIX = /^(?:[\p{L}]+\.?\s+)?[(§\s]*$/u
/** How far into the text a unit's own number may stand. */
const NUMBER_WINDOW = 24

/** The unit's text with its own number (as it stands at the start) replaced by `#`. */
export function textWithoutNumber(unit: Pick<Unit, 'number' | 'text'>): string {
  const { number, text } = unit
  if (!number) return text
  const head = text.slice(0, NUMBER_WINDOW + number.length)
  let from = 0
  for (;;) {
    const at = head.indexOf(number, from)
    if (at < 0 || at > NUMBER_WINDOW) return text
    const before = text[at - 1] ?? ''
    const after = text[at + number.length] ?? ''
    if (!WORDISH.test(before) && !WORDISH.test(after) && PREFIX.test(text.slice(0, at)))
      return `${text.slice(0, at)}#${text.slice(at + number.length)}`
    from = at + 1
  }
}

/**
 * Lower-case words of a text without its number (letters and digits), for similarity. The keyword
 * glued to the number ("#-modda.", "#-bob.") is left out too: every article heading has it, so two
 * unrelated short headings would otherwise look alike.
 */
export function words(stripped: string): string[] {
  const at = stripped.indexOf('#')
  const text =
    at >= 0 && at <= NUMBER_WINDOW ? stripped.slice(at + 1).replace(/^-[\p{L}ʻʼ‘’']+/u, '') : stripped
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * Dice coefficient of two word multisets, each given as sorted word ids: 1 for the same words, 0 for
 * none in common. Word order is left to the word diff; here it only has to tell a reworded unit from
 * an unrelated one. A merge of the two sorted lists: no allocation, however many pairs are compared.
 */
export function dice(a: Int32Array, b: Int32Array): number {
  if (!a.length && !b.length) return 1
  if (!a.length || !b.length) return 0
  let i = 0
  let j = 0
  let common = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      common++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * common) / (a.length + b.length)
}

/** A text's words as sorted ids in `vocabulary` (which grows as new words appear). */
export function wordBag(stripped: string, vocabulary: Map<string, number>): Int32Array {
  const ids = words(stripped).map((w) => {
    let id = vocabulary.get(w)
    if (id === undefined) {
      id = vocabulary.size
      vocabulary.set(w, id)
    }
    return id
  })
  return Int32Array.from(ids).sort()
}
