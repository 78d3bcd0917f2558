/** Small text predicates the structure parser uses to judge one line of a draft. */

/** The apostrophe forms people type in Uzbek Latin (oʻ, gʻ and the tutuq belgisi). */
export const APOSTROPHES = "'‘’ʻʼ`"

/** How a line is cased: all capitals (a title), mixed prose, or no letters at all. */
export type CaseClass = 'upper' | 'mixed' | 'none'

/** Classifies a line's letters; titles and signature names are set in capitals. */
export function caseClass(line: string): CaseClass {
  if (/\p{Ll}/u.test(line)) return 'mixed'
  const upper = line.match(/\p{Lu}/gu)?.length ?? 0
  if (upper === 0) return 'none'
  return upper >= 2 ? 'upper' : 'mixed'
}

/**
 * True when a line ends a sentence or a list item, so the next line starts a new paragraph.
 * A wrapped line (PDF text, hard-wrapped plain text) ends without one of these.
 */
export function endsParagraph(line: string): boolean {
  const t = line.trimEnd()
  if (/[.;:!?…](["'»”’)\]]*)$/u.test(t)) return true
  // A whole bracketed note, e.g. "(В редакции … )" or "[…] [NOTE …]"; "(1) In paragraph 10, at
  // the end of sub-paragraph (d)" is an item that wraps, not a note.
  if (/^\(\w{1,4}\)\s/u.test(t)) return false
  return (t.startsWith('(') && t.endsWith(')')) || (t.startsWith('[') && t.endsWith(']'))
}

/** The paragraph's closing punctuation, ignoring closing quotes and brackets. */
export function closingMark(text: string): string {
  const m = /([.;:!?…,])["'»”’)\]]*\s*(?:(?:va|yoki|ва|ёки|и|или|and|or)\s*)?$/u.exec(text.trimEnd())
  return m ? m[1] : ''
}

/** True when two lines of the same paragraph may be joined: titles do not run into prose. */
export function sameCase(a: CaseClass, b: CaseClass): boolean {
  return a === b || a === 'none' || b === 'none'
}

/** Lower-case Roman numeral check (i, ii, iv, …). */
export function isRoman(s: string): boolean {
  return /^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(s) && s.length > 0
}

/** Value of a Roman numeral; callers check `isRoman` first. */
export function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }
  let total = 0
  const low = s.toLowerCase()
  for (let i = 0; i < low.length; i++) {
    const cur = v[low[i]]
    const next = v[low[i + 1]] ?? 0
    total += cur < next ? -cur : cur
  }
  return total
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Writes digits as superscripts, the way inserted articles are numbered (18¹-modda). */
export function toSuperscript(digits: string): string {
  return [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('')
}

/** Reads superscript digits back as plain digits. */
export function fromSuperscript(s: string): string {
  return [...s]
    .map((c) => {
      const i = SUPERSCRIPT_DIGITS.indexOf(c)
      return i >= 0 ? String(i) : c
    })
    .join('')
}
