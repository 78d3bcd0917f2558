/**
 * Break opportunities inside long unbroken tokens (web addresses, ids, long compounds) for the PDF,
 * whose layout engine never breaks inside a word: a 200-character link in a rationale would otherwise
 * widen its column past the page edge. A zero-width space (U+200B) is invisible and lets the line
 * break there; ordinary words are left alone.
 */

const ZWSP = '\u200b'

/** Tokens longer than this get break opportunities. */
const LONG = 20
/** Within a long token, at most this many characters run without a break opportunity. */
const RUN = 12

/** One long token made breakable: after URL punctuation, and at least every `RUN` characters. */
function breakToken(token: string): string {
  let out = ''
  let run = 0
  for (const ch of token) {
    out += ch
    run++
    if ('/?&=._-:#'.includes(ch) || run >= RUN) {
      out += ZWSP
      run = 0
    }
  }
  return out.endsWith(ZWSP) ? out.slice(0, -1) : out
}

/** The text with break opportunities in every token longer than 20 characters. */
export function breakable(text: string): string {
  return text.replace(/\S{21,}/g, (token) => (token.length > LONG ? breakToken(token) : token))
}

/** The text without the break opportunities `breakable` added (for tests and text extraction). */
export function unbreak(text: string): string {
  return text.replaceAll(ZWSP, '')
}
