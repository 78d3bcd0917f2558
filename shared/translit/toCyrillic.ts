import { LATIN_ACRONYMS, SPELLING_EXCEPTIONS } from './exceptions.js'

/** Uzbek Latin → Cyrillic. Accepts every apostrophe form people type (ʻ ‘ ' ’ ` ʼ). */

const APOS = new Set([..."ʻ‘'’`ʼ"])
const SIMPLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  c: 'ц',
  w: 'в',
}
const VOWELS = new Set([...'aeiou'])
const IOTATED: Record<string, string> = { a: 'я', o: 'ё', u: 'ю', e: 'е' }

const WORD = /[A-Za-zʻ‘'’`ʼ]+/gu

/** Longer stems first, so a stem never hides a longer one that starts the same way. */
const FORWARD = [...SPELLING_EXCEPTIONS].sort((a, b) => b.latin.length - a.latin.length)

/** A web address or e-mail: `lex.uz`, `www.gov.uz/…`, `https://…`, `info@…`. */
const ADDRESS = /@|:\/\/|^www\.|^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(uz|ru|com|org|net|gov|edu|info|io|int)\b/iu
const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const LOWER_ROMAN = /^(ii|iii|iv|vi|vii|viii|ix|xi|xii)$/

/**
 * Words that stay in Latin letters: Roman numerals (XII; a single I, V or X only as a heading number
 * "V. …", since a single capital is usually an initial; (ii) in parentheses), listed acronyms in
 * capitals (PDF, ID), and words no Uzbek Latin spelling can have — a c outside ch, a w, "-tion", or
 * an inner capital starting a word part (UzAssets).
 */
function keepsLatin(word: string, around: { before?: string; after?: string; next?: string }): boolean {
  if (word.length > 1 && ROMAN.test(word)) return true
  if (
    /^[IVX]$/.test(word) &&
    around.after === '.' &&
    /^\s?$/.test(around.next ?? '') &&
    !/\S/.test(around.before ?? '')
  )
    return true
  if (around.before === '(' && around.after === ')' && LOWER_ROMAN.test(word)) return true
  if (LATIN_ACRONYMS.has(word)) return true
  return /c(?!h)|w|tion/i.test(word) || /[a-z][A-Z][a-z]{2}/.test(word)
}

/**
 * Converts Uzbek Latin text to Cyrillic. Web addresses, e-mail addresses and `{{placeholders}}` are
 * left as they are, and so are the words `keepsLatin` names.
 */
export function latinToCyrillic(text: string): string {
  return text
    .split(/(\{\{[^{}]*\}\})/u)
    .map((part, i) => (i % 2 ? part : convertText(part)))
    .join('')
}

function convertText(text: string): string {
  return text.replace(/\S+/gu, (token) =>
    ADDRESS.test(token)
      ? token
      : token.replace(WORD, (w, offset: number, whole: string) => {
          const around = {
            before: whole[offset - 1],
            after: whole[offset + w.length],
            next: whole[offset + w.length + 1],
          }
          return keepsLatin(w, around) ? w : convertWord(w, whole[offset - 1])
        }),
  )
}

/** Keeps the case pattern of the Latin word: all capitals, Title case or lower case. */
function applyCase(src: string, cyr: string): string {
  const letters = src.replace(/[^A-Za-z]/g, '')
  if (letters.length > 1 && letters === letters.toUpperCase()) return cyr.toUpperCase()
  if (letters && letters[0] === letters[0].toUpperCase()) return cyr.charAt(0).toUpperCase() + cyr.slice(1)
  return cyr
}

function convertWord(word: string, before: string | undefined): string {
  // A leading apostrophe is a quotation mark, not a letter.
  const lead = APOS.has(word[0]) && !/[A-Za-z]/.test(before ?? '') ? word[0] : ''
  // An apostrophe closing a word (not the one of oʻ/gʻ) is a quotation mark, not a tutuq belgisi.
  const trail =
    word.length > 1 && APOS.has(word.at(-1) ?? '') && !/[oOgG]/.test(word.at(-2) ?? '') ? word.at(-1) : ''
  const body = word.slice(lead.length, word.length - (trail ? 1 : 0))
  if (!body) return word
  // Apostrophes typed in any form match the exceptions' ʻ.
  const low = [...body.toLowerCase()].map((c) => (APOS.has(c) ? 'ʻ' : c)).join('')
  for (const e of FORWARD) {
    if (e.whole ? low !== e.latin : !low.startsWith(e.latin)) continue
    const rest = body.slice([...e.latin].length)
    // A final ь belongs to the bare word only: январь, январдан.
    const stem = rest && e.cyrillic.endsWith('ь') ? e.cyrillic.slice(0, -1) : e.cyrillic
    return lead + applyCase(body, stem + convertLetters(rest, e.latin)) + trail
  }
  return lead + convertLetters(body, '') + trail
}

/** Converts letter by letter; `before` is the lower-case Latin text already converted in this word. */
function convertLetters(word: string, before: string): string {
  const chars = [...word]
  let out = ''
  let prevLatin = before.at(-1) ?? ''
  for (let i = 0; i < chars.length; ) {
    const c = chars[i]
    const low = c.toLowerCase()
    const n1 = chars[i + 1]?.toLowerCase()
    const n2 = chars[i + 2]?.toLowerCase()
    const upper = c !== low
    const nextUpper = chars[i + 1] !== undefined && chars[i + 1] !== n1
    const wordStart = i === 0 && before === ''
    const put = (cyr: string, used: number, latin: string) => {
      const allCaps =
        upper &&
        (nextUpper ||
          chars.length === 1 ||
          (i + used >= chars.length && i > 0 && chars[i - 1] !== chars[i - 1].toLowerCase()))
      out += upper ? (allCaps ? cyr.toUpperCase() : cyr.charAt(0).toUpperCase() + cyr.slice(1)) : cyr
      prevLatin = latin
      i += used
    }
    if ((low === 'o' || low === 'g') && n1 !== undefined && APOS.has(n1)) {
      put(low === 'o' ? 'ў' : 'ғ', 2, 'oʻ')
    } else if (APOS.has(c) && prevLatin === 's' && n1 === 'h') {
      put('', 1, 'ʼ') // isʼhoq: the apostrophe only keeps s and h apart
    } else if (APOS.has(c)) {
      put(i === 0 ? '' : 'ъ', 1, 'ʼ')
    } else if (low === 's' && n1 === 'h') {
      put('ш', 2, 'sh')
    } else if (low === 'c' && n1 === 'h') {
      put('ч', 2, 'ch')
    } else if (
      low === 'y' &&
      n1 !== undefined &&
      IOTATED[n1] &&
      !(n1 === 'o' && n2 !== undefined && APOS.has(n2))
    ) {
      const afterConsonant =
        prevLatin !== '' && !VOWELS.has(prevLatin) && prevLatin !== 'ʼ' && prevLatin !== 'oʻ'
      put((n1 === 'e' && afterConsonant ? 'ъ' : '') + IOTATED[n1], 2, n1)
    } else if (
      low === 't' &&
      n1 === 's' &&
      /^iy|^io/.test(`${n2 ?? ''}${chars[i + 3]?.toLowerCase() ?? ''}`)
    ) {
      put('ц', 2, 's') // -tsiya, -tsion loanwords
    } else if (
      (low === 'p' || low === 'k') &&
      n1 === 's' &&
      n2 === 'i' &&
      chars[i + 3]?.toLowerCase() === 'y' &&
      chars[i + 4]?.toLowerCase() === 'a'
    ) {
      put(low === 'p' ? 'пц' : 'кц', 2, 's') // korrupsiya → коррупция, funksiya → функция
    } else if (
      (low === 'p' || low === 'k') &&
      n1 === 's' &&
      n2 === 'i' &&
      chars[i + 3]?.toLowerCase() === 'o'
    ) {
      put(low === 'p' ? 'пц' : 'кц', 2, 's') // korrupsiogen → коррупциоген, auksion → аукцион
    } else if (low === 'e') {
      put(wordStart || VOWELS.has(prevLatin) ? 'э' : 'е', 1, 'e')
    } else if (SIMPLE[low] !== undefined) {
      put(SIMPLE[low], 1, low)
    } else {
      out += c
      prevLatin = ''
      i++
    }
  }
  return out
}
