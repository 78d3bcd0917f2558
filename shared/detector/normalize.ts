/**
 * Text normalisation for matching, with a map back to the original offsets.
 *
 * Matching runs on a folded copy of each unit's text (lower case, one apostrophe form, ё→е,
 * look-alike letters fixed, hyphenation and line breaks joined, Uzbek Cyrillic folded to Latin),
 * but suggestions must point into the ORIGINAL text, so every folded character remembers the
 * original range it came from.
 */
import { CYRILLIC_LETTERS } from '../translit/toLatin.js'

/** Which rule set a text is matched with; Uzbek Cyrillic is folded to Latin and uses 'uz'. */
export type MatchLang = 'uz' | 'ru' | 'en'

/** A folded text; folded char k came from the original char at `starts[k]`. */
export type Normalized = { text: string; starts: Int32Array }

const LETTER = /\p{L}/u

/** Latin and Cyrillic letters that look the same; a mixed-script word is folded to its majority script. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  E: 'Е',
  O: 'О',
  P: 'Р',
  C: 'С',
  X: 'Х',
  Y: 'У',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
}
const CYRILLIC_TO_LATIN: Record<string, string> = {}
for (const [lat, cyr] of Object.entries(LATIN_TO_CYRILLIC))
  if (!(cyr in CYRILLIC_TO_LATIN)) CYRILLIC_TO_LATIN[cyr] = lat
// 'н' and 'в' are look-alikes only in upper case; lower-case н/в inside a Latin word stay Cyrillic.
delete CYRILLIC_TO_LATIN.н
delete CYRILLIC_TO_LATIN.в

/**
 * Uzbek Cyrillic → Latin for matching only: the official alphabet's letters without their apostrophes
 * (apostrophes are dropped later anyway, so ў→o, ғ→g), and the signs ъ/ь dropped.
 */
const UZ_CYR: Record<string, string> = {
  ...Object.fromEntries(Object.entries(CYRILLIC_LETTERS).map(([c, l]) => [c, l.replace(/[ʻʼ]/gu, '')])),
  ъ: '',
  ь: '',
  і: 'i',
}
// е and ц depend on the previous letter (see `afterConsonant`).

/** Fixes look-alike letters in words that mix Latin and Cyrillic (e.g. a Latin "o" in "вoзможно"). */
function fixLookAlikes(src: string, preferCyrillic: boolean): string {
  // One cheap pass over char codes finds the mixed words; almost all texts have none.
  let pieces: string[] | null = null
  let copied = 0
  let wordStart = -1
  let lat = 0
  let cyr = 0
  for (let i = 0; i <= src.length; i++) {
    const c = i < src.length ? src.charCodeAt(i) : 32
    const isLat = (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    const isCyr = c >= 0x400 && c <= 0x4ff
    if (isLat || isCyr) {
      if (wordStart < 0) {
        wordStart = i
        lat = 0
        cyr = 0
      }
      if (isLat) lat++
      else cyr++
      continue
    }
    if (wordStart >= 0 && lat > 0 && cyr > 0) {
      const toCyr = cyr > lat || (cyr === lat && preferCyrillic)
      const table = toCyr ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN
      let word = ''
      for (let k = wordStart; k < i; k++) word += table[src[k]] ?? src[k]
      pieces ??= []
      pieces.push(src.slice(copied, wordStart), word)
      copied = i
    }
    wordStart = -1
  }
  if (!pieces) return src
  pieces.push(src.slice(copied))
  return pieces.join('')
}

/** Single-letter folds by code (0 = none); the few two-letter folds live in UZ_FOLD2. */
const UZ_FOLD1 = new Int32Array(0x500)
const UZ_FOLD2 = new Map<number, [number, number]>()
for (const [cyr, lat] of Object.entries(UZ_CYR)) {
  if (lat.length === 1) UZ_FOLD1[cyr.charCodeAt(0)] = lat.charCodeAt(0)
  else if (lat.length === 2) UZ_FOLD2.set(cyr.charCodeAt(0), [lat.charCodeAt(0), lat.charCodeAt(1)])
  else UZ_FOLD1[cyr.charCodeAt(0)] = -1
}
const VOWEL_CODES = new Set(Array.from('аеёиоуэюяўaeiou', (c) => c.charCodeAt(0)))

/** Whether the letter before an Uzbek Cyrillic `е`/`ц` is a consonant ("ye"/"ts" otherwise). */
function afterConsonant(prev: number): boolean {
  return prev > 0 && isLetterCode(prev) && !VOWEL_CODES.has(prev) && prev !== 0x44a
}

const UTF16 = new TextDecoder('utf-16le')
let scratchCodes = new Uint16Array(4096)
let scratchStarts = new Int32Array(4096)

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 160 ||
    c === 11 ||
    c === 12 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680
  )
}
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
}
function isApostrophe(c: number): boolean {
  return (
    c === 39 ||
    c === 0x2bb ||
    c === 0x2bc ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 96 ||
    c === 0xb4 ||
    c === 0x2b9
  )
}
function isQuote(c: number): boolean {
  return c === 34 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e
}
function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015 || c === 0x2212
}
function isLetterCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0xaa || c === 0xb5 || c === 0xba
  return (c >= 0x400 && c <= 0x4ff) || c <= 0x24f || LETTER.test(String.fromCharCode(c))
}

/**
 * Folds `src` for matching in `lang`. Whitespace runs become one space; a hyphen at a line end
 * between two letters is removed with the line break; apostrophes are dropped for Uzbek (so
 * "oʻz", "o'z", "o‘z" and "oz" all match) and unified to "'" elsewhere. Works on char codes into
 * typed arrays: a megabyte folds in a few milliseconds.
 */
export function normalize(src: string, lang: MatchLang): Normalized {
  const fixed = fixLookAlikes(src, lang === 'ru')
  const lowered = fixed.toLowerCase()
  // toLowerCase keeps the length for everything but a few letters (e.g. "İ"); fold those one by one.
  const text =
    lowered.length === fixed.length ? lowered : Array.from(fixed, (c) => c.toLowerCase()[0]).join('')
  const n = text.length
  // Scratch buffers are reused across calls: allocating typed arrays per unit costs more than folding.
  if (scratchCodes.length < n * 2 + 2) {
    scratchCodes = new Uint16Array(n * 2 + 2)
    scratchStarts = new Int32Array(n * 2 + 2)
  }
  const buf = scratchCodes
  const starts = scratchStarts
  let len = 0
  let last = 0
  const put = (code: number, i: number) => {
    buf[len] = code
    starts[len] = i
    len++
    last = code
  }
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i)
    if (c >= 97 && c <= 122) {
      put(c, i)
      continue
    }
    if (isSpace(c)) {
      if (len > 0 && last !== 32) put(32, i)
      continue
    }
    if (c >= 0x400 && c <= 0x4ff) {
      if (lang === 'uz') {
        const one = UZ_FOLD1[c]
        if (one > 0) put(one, i)
        else if (c === 0x435 || c === 0x446) {
          const cons = afterConsonant(i > 0 ? text.charCodeAt(i - 1) : 0)
          if (c === 0x435) {
            if (!cons) put(121, i)
            put(101, i)
          } else {
            if (!cons) put(116, i)
            put(115, i)
          }
        } else if (one === 0) {
          const two = UZ_FOLD2.get(c)
          if (two) {
            put(two[0], i)
            put(two[1], i)
          } else put(c, i)
        }
        continue
      }
      if (c === 0x451) c = 0x435
      put(c, i)
      continue
    }
    if (isInvisible(c)) continue
    if ((c === 45 || c === 0x2010 || c === 0x2011) && isLetterCode(last)) {
      let j = i + 1
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++
      if (text[j] === '\n') {
        while (j < n && isSpace(text.charCodeAt(j))) j++
        if (j < n && isLetterCode(text.charCodeAt(j)) && fixed[j] === text[j]) {
          i = j - 1
          continue
        }
      }
    }
    if (isApostrophe(c)) {
      if (lang !== 'uz') put(39, i)
      continue
    }
    if (isQuote(c)) c = 34
    else if (isDash(c)) c = 45
    put(c, i)
  }
  const codes = buf.subarray(0, len)
  const folded =
    len < 2048 ? String.fromCharCode.apply(null, codes as unknown as number[]) : UTF16.decode(codes)
  return { text: folded, starts: starts.slice(0, len) }
}

/** Maps a folded span `[a, b)` back to the original text's `[start, end)`. */
export function toOriginal(norm: Normalized, a: number, b: number): { start: number; end: number } {
  return { start: norm.starts[a], end: norm.starts[b - 1] + 1 }
}

/** The matching language of a unit: Uzbek in either script matches the Uzbek (Latin) rules. */
export function matchLangOf(language: string): MatchLang {
  if (language === 'ru') return 'ru'
  if (language === 'en') return 'en'
  return 'uz'
}
