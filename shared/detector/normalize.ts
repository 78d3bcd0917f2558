/**
 * Text normalisation for matching, with a map back to the original offsets.
 *
 * Matching runs on a folded copy of each unit's text (lower case, one apostrophe form, ё→е,
 * look-alike letters fixed, hyphenation and line breaks joined, Uzbek Cyrillic folded to Latin),
 * but suggestions must point into the ORIGINAL text, so every folded character remembers the
 * original range it came from.
 */

/** Which rule set a text is matched with; Uzbek Cyrillic is folded to Latin and uses 'uz'. */
export type MatchLang = 'uz' | 'ru' | 'en'

/** A folded text; folded char k came from original `[starts[k], ends[k])`. */
export type Normalized = { text: string; starts: Int32Array; ends: Int32Array }

const APOSTROPHES = new Set(['ʻ', '‘', "'", '’', 'ʼ', '`', '´', 'ʹ'])
const QUOTES = new Set(['«', '»', '“', '”', '„', '"'])
const DASHES = new Set(['–', '—', '‒', '―', '−'])
const HYPHENS = new Set(['-', '\u2010', '\u2011'])
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/
const SPACE = /\s/
const LETTER = /\p{L}/u
const CYRILLIC = /[\u0400-\u04FF]/
const LATIN = /[A-Za-z]/

/** Latin and Cyrillic letters that look the same; a mixed-script word is folded to its majority script. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
  A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х', Y: 'У', K: 'К', M: 'М', T: 'Т', H: 'Н', B: 'В',
}
const CYRILLIC_TO_LATIN: Record<string, string> = {}
for (const [lat, cyr] of Object.entries(LATIN_TO_CYRILLIC)) if (!(cyr in CYRILLIC_TO_LATIN)) CYRILLIC_TO_LATIN[cyr] = lat
// 'н' and 'в' are look-alikes only in upper case; lower-case н/в inside a Latin word stay Cyrillic.
delete CYRILLIC_TO_LATIN['н']
delete CYRILLIC_TO_LATIN['в']

/** Uzbek Cyrillic → Latin for matching only (apostrophes are dropped later, so ў→o, ғ→g). */
const UZ_CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '',
  э: 'e', ю: 'yu', я: 'ya', ў: 'o', қ: 'q', ғ: 'g', ҳ: 'h', і: 'i',
}
const VOWEL = /[аеёиоуэюяўaeiou]/

/** Fixes look-alike letters in words that mix Latin and Cyrillic (e.g. a Latin "o" in "вoзможно"). */
function fixLookAlikes(src: string, preferCyrillic: boolean): string {
  if (!(LATIN.test(src) && CYRILLIC.test(src))) return src
  return src.replace(/[\p{L}]+/gu, (word) => {
    let lat = 0
    let cyr = 0
    for (const ch of word) {
      if (LATIN.test(ch)) lat++
      else if (CYRILLIC.test(ch)) cyr++
    }
    if (!lat || !cyr) return word
    const toCyr = cyr > lat || (cyr === lat && preferCyrillic)
    const table = toCyr ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN
    let out = ''
    for (const ch of word) out += table[ch] ?? ch
    return out
  })
}

/** Folds one lower-case Uzbek Cyrillic letter; `е` is "ye" at a word start or after a vowel. */
function foldUzCyrillic(ch: string, prev: string): string {
  if (ch === 'е') return !prev || !LETTER.test(prev) || VOWEL.test(prev) || prev === 'ъ' ? 'ye' : 'e'
  if (ch === 'ц') return prev && LETTER.test(prev) && !VOWEL.test(prev) ? 's' : 'ts'
  return UZ_CYR[ch] ?? ch
}

/**
 * Folds `src` for matching in `lang`. Whitespace runs become one space; a hyphen at a line end
 * between two letters is removed with the line break; apostrophes are dropped for Uzbek (so
 * "oʻz", "o'z", "o‘z" and "oz" all match) and unified to "'" elsewhere.
 */
export function normalize(src: string, lang: MatchLang): Normalized {
  const text = fixLookAlikes(src, lang === 'ru')
  const n = src.length
  const out: string[] = []
  const starts = new Int32Array(n * 2 + 2)
  const ends = new Int32Array(n * 2 + 2)
  let len = 0
  let last = ''
  const push1 = (ch: string, i: number) => {
    out.push(ch)
    starts[len] = i
    ends[len] = i + 1
    len++
    last = ch
  }
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    // Fast paths for the letters that make up almost all legal text.
    if (code >= 97 && code <= 122) {
      push1(text[i], i)
      continue
    }
    if (code >= 65 && code <= 90) {
      push1(String.fromCharCode(code + 32), i)
      continue
    }
    if (code >= 0x410 && code <= 0x44f && lang !== 'uz') {
      push1(code < 0x430 ? String.fromCharCode(code + 32) : text[i], i)
      continue
    }
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 160) {
      if (len > 0 && last !== ' ') push1(' ', i)
      continue
    }
    const ch = text[i]
    if (code >= 48 && code <= 57) {
      push1(ch, i)
      continue
    }
    if (INVISIBLE.test(ch)) continue
    if (SPACE.test(ch)) {
      if (len > 0 && last !== ' ') push1(' ', i)
      continue
    }
    if (HYPHENS.has(ch) && LETTER.test(last)) {
      let j = i + 1
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (text[j] === '\n') {
        while (j < n && SPACE.test(text[j])) j++
        if (j < n && LETTER.test(text[j]) && text[j] === text[j].toLowerCase()) {
          i = j - 1
          continue
        }
      }
    }
    if (APOSTROPHES.has(ch)) {
      if (lang !== 'uz') push1("'", i)
      continue
    }
    if (QUOTES.has(ch)) {
      push1('"', i)
      continue
    }
    if (DASHES.has(ch)) {
      push1('-', i)
      continue
    }
    let lower = ch.toLowerCase()
    if (lower.length !== 1) lower = lower[0]
    if (lower === 'ё' && lang !== 'uz') lower = 'е'
    if (lang === 'uz' && CYRILLIC.test(lower)) {
      const prev = i > 0 ? text[i - 1].toLowerCase() : ''
      for (const c of foldUzCyrillic(lower, prev)) push1(c, i)
      continue
    }
    push1(lower, i)
  }
  return { text: out.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) }
}

/** Maps a folded span `[a, b)` back to the original text's `[start, end)`. */
export function toOriginal(norm: Normalized, a: number, b: number): { start: number; end: number } {
  return { start: norm.starts[a], end: norm.ends[b - 1] }
}

/** The matching language of a unit: Uzbek in either script matches the Uzbek (Latin) rules. */
export function matchLangOf(language: string): MatchLang {
  if (language === 'ru') return 'ru'
  if (language === 'en') return 'en'
  return 'uz'
}
