/** Uzbek Cyrillic → Latin, by the official 1995 alphabet (oʻ, gʻ with U+02BB, tutuq with U+02BC). */
import { SPELLING_EXCEPTIONS } from './exceptions.js'

/** The Uzbek Cyrillic letters whose Latin spelling does not depend on their neighbours (not е, ц, ъ, ь). */
export const CYRILLIC_LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ы: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
}
const VOWELS = new Set([...'аеёиоуэюяўы'])
const IOTATED_AFTER_HARD_SIGN = new Set([...'еёюя'])

const isCyrLetter = (c: string | undefined) => c !== undefined && /[\u0400-\u04FF]/u.test(c)
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c)
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase()

/** Applies the case of the Cyrillic letter to its Latin spelling: "Sh" in Title case, "SH" in capitals. */
function withCase(latin: string, src: string, prev: string | undefined, next: string | undefined): string {
  if (!isUpper(src)) return latin
  const allCaps = (isLetter(next) && isUpper(next)) || (!isLetter(next) && isLetter(prev) && isUpper(prev))
  if (allCaps) return latin.toUpperCase()
  return latin.charAt(0).toUpperCase() + latin.slice(1)
}

/** The exceptions that apply Cyrillic → Latin, longer stems first. */
const BACKWARD = SPELLING_EXCEPTIONS.filter((e) => !e.oneWay).sort(
  (a, b) => b.cyrillic.length - a.cyrillic.length,
)

/** Keeps the case pattern of the Cyrillic word: all capitals, Title case or lower case. */
function caseLike(src: string, latin: string): string {
  const letters = [...src].filter((c) => isLetter(c))
  if (letters.length > 1 && letters.every((c) => !isUpper(c) === false || !isLetter(c)))
    return latin.toUpperCase()
  if (isUpper(letters[0])) return latin.charAt(0).toUpperCase() + latin.slice(1)
  return latin
}

/** A word through the exceptions list (бюджет → budjet, сентябрдаги → sentabrdagi), or null. */
function exceptional(word: string): string | null {
  const low = word.toLowerCase()
  for (const e of BACKWARD) {
    const bare = e.cyrillic.replace(/ь$/, '')
    const hit = e.whole ? low === e.cyrillic || low === bare : low.startsWith(bare)
    if (!hit) continue
    // Convert the whole word by the letter rules, then put the official spelling of the stem in front.
    const plain = convertLetters(low)
    const stemPlain = convertLetters(bare)
    if (!plain.startsWith(stemPlain)) continue
    return caseLike(word, e.latin + plain.slice(stemPlain.length))
  }
  return null
}

/** Converts Uzbek Cyrillic text to Latin; Latin letters, digits and punctuation pass through. */
export function cyrillicToLatin(text: string): string {
  return convertLetters(text.replace(/[\u0400-\u04FF]+/gu, (word) => exceptional(word) ?? word))
}

/** The letter rules. */
function convertLetters(text: string): string {
  const chars = [...text]
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]
    const low = c.toLowerCase()
    const prev = chars[i - 1]
    const next = chars[i + 1]
    const prevLow = prev?.toLowerCase()
    const wordStart = !isCyrLetter(prev) && !isLetter(prev)
    let latin: string
    if (low === 'е') {
      latin =
        wordStart || (prevLow !== undefined && (VOWELS.has(prevLow) || prevLow === 'ъ' || prevLow === 'ь'))
          ? 'ye'
          : 'e'
    } else if (low === 'ц') {
      latin = !wordStart && prevLow !== undefined && VOWELS.has(prevLow) ? 'ts' : 's'
    } else if (low === 'ъ' && prevLow === 'ў') {
      latin = '' // мўъжиза → moʻjiza: the sign after ў has no Latin letter
    } else if (low === 'ъ') {
      // Before е/ё/ю/я the hard sign is heard as the y of ye/yo/yu/ya (субъект → subyekt).
      latin = next && IOTATED_AFTER_HARD_SIGN.has(next.toLowerCase()) ? '' : 'ʼ'
    } else if (low === 'ь') {
      latin = ''
    } else if (low === 'с' && next?.toLowerCase() === 'ҳ') {
      latin = 'sʼ' // keeps с+ҳ apart from ш: исҳоқ → isʼhoq
    } else if (CYRILLIC_LETTERS[low] !== undefined) {
      latin = CYRILLIC_LETTERS[low]
    } else {
      out += c
      continue
    }
    out += withCase(latin, c, prev, next)
  }
  return out
}
