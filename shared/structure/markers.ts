import type { LanguageTag } from '../domain/language.js'
import {
  APOSTROPHES,
  caseClass,
  endsParagraph,
  fromSuperscript,
  isRoman,
  romanValue,
  toSuperscript,
} from './lineText.js'
import { divisionNumber } from './ordinals.js'

/** How an enumerated item is numbered; the style decides its level in the hierarchy. */
export type EnumStyle = 'n.' | 'n.n' | 'n)' | '(n)' | 'a)' | '(a)' | '(A)' | '(i)' | '(I)' | 'A)'

/** What one line of a draft opens, if anything. Lines without a marker are paragraphs. */
export type Marker =
  | { type: 'division'; keyword: string; number: string | null; title: string }
  | { type: 'article'; number: string; title: string; integer: number }
  | { type: 'annex'; number: string | null; title: string }
  | { type: 'enum'; style: EnumStyle; number: string; alt?: { style: EnumStyle; number: string } }
  | { type: 'signature' }

const AP = `[${APOSTROPHES}]`
const SUP = '[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\^\\d+'

// Uzbek (Latin and Cyrillic): "1-bob.", "2-boʻlim", "18¹-modda. Sarlavha", "1-ilova", "UMUMIY QISM".
const UZ_DIVISION_WORD = `(bob|BOB|Bob|bo${AP}?lim|BO${AP}?LIM|Bo${AP}?lim|боб|БОБ|Боб|бўлим|БЎЛИМ|Бўлим)(?=$|[\\s.:])`
const UZ_DIVISION = new RegExp(`^(\\d+)\\s*-\\s*${UZ_DIVISION_WORD}\\.?\\s*(.*)$`, 'u')
// Older codes on lex.uz number chapters in Roman and sections in words: "XI боб. Жазо тайинлаш",
// "III BOB. …", "БИРИНЧИ БЎЛИМ", "Ikkinchi boʻlim. …".
// A flattened superscript stays on the numeral: "V1 боб" is chapter V¹.
const UZ_DIVISION_NAMED = new RegExp(
  `^([IVXLC]{1,7}(?:[1-9]|[¹²³⁴⁵⁶⁷⁸⁹])?|\\p{L}{5,12})\\s+${UZ_DIVISION_WORD}\\.?\\s*(.*)$`,
  'u',
)
const UZ_CODE_PART = /^(UMUMIY|MAXSUS|УМУМИЙ|МАХСУС) (QISM|ҚИСМ)$/u
const UZ_ARTICLE = new RegExp(
  `^(\\d+)(${SUP})?\\s*-\\s*(?:modda|MODDA|Modda|модда|МОДДА|Модда)(?:\\.\\s*(.*)|\\s+(\\p{Lu}.*)|\\s*)$`,
  'u',
)
const UZ_ANNEX = /^(?:(\d+)\s*-\s*)?(?:ilova|ILOVA|Ilova|илова|ИЛОВА|Илова)\.?$/u
const UZ_ANNEX_TAIL =
  /(?:qaror|farmon|buyrug|nizom|қарор|фармон|буйруғ|низом)\S*(?:ga|га)\s+(?:(\d+)\s*-\s*)?(?:ilova|илова|ИЛОВА|ILOVA)$/iu

// Russian: "Раздел I", "ГЛАВА 1", "§ 1.", "Статья 51.1", "Приложение № 2", "ОБЩАЯ ЧАСТЬ".
const RU_DIVISION =
  /^(РАЗДЕЛ|Раздел|ПОДРАЗДЕЛ|Подраздел|ГЛАВА|Глава)\s+([IVXLC]+|\d+(?:\.\d+)?|\p{L}+)(?:\.\s*(.*)|\s+(\p{Lu}.*)|\s*)$/u
const RU_PARAGRAPH = /^§\s*(\d+(?:\.\d+)?)\.?\s*(.*)$/u
const RU_CODE_PART =
  /^(?:(ОБЩАЯ|ОСОБЕННАЯ|Общая|Особенная)\s+(?:ЧАСТЬ|часть)|(?:ЧАСТЬ|Часть)\s+(\p{L}+|\d+))$/u
const RU_ARTICLE = new RegExp(
  `^(?:СТАТЬЯ|Статья)\\s+(\\d+(?:[.-]\\d+)*)(${SUP})?(?:\\.\\s*(.*)|\\s+(\\p{Lu}.*)|\\s*)$`,
  'u',
)
const RU_ANNEX = /^(?:ПРИЛОЖЕНИЕ|Приложение)(?:\s*(?:№\s*)?(\d+|[IVX]+))?(?:$|\s+(?:к\s|к$).*|[.:]\s*(.*))$/u

// English: "TITLE IX— …", "Part 1", "SEC. 2. …", "Section 1.", "Schedule 1", UK "1 Heading".
const EN_DIVISION =
  /^(DIVISION|Division|TITLE|Title|SUBTITLE|Subtitle|PART|Part|SUBPART|Subpart|CHAPTER|Chapter|SUBCHAPTER|Subchapter)\s+([IVXLC]+|\d+[A-Z]?|[A-Z])(?=$|[\s.:—–-])\s*([.:—–-])?\s*(.*)$/u
const EN_ARTICLE = /^(?:SECTION|Section|SEC\.|Sec\.)\s+(\d+[A-Za-z]?(?:[.-]\d+)?)\.(?:\s+(.*))?$/u
const EN_ANNEX =
  /^(SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix)(?:\s+(\d+[A-Z]?|[A-Z]|[IVX]+))?(?:$|\s*[.:—–-]\s*(.*)$|\s+(\p{Lu}[^.]*)$)/u
// A heading may hold a colon ("Accounts: audit") or end in "etc." but never ends like a sentence.
// A defined term may open the heading: '5 “Gain” and “loss”', '8 “Article”'.
const EN_UK_ARTICLE = /^(\d{1,3}[A-Z]{0,2})\s+([“‘"]?\p{Lu}[^;]{0,150})$/u
const SENTENCE_END = /(?<!\betc)[.;:,—–]$/u

// Roman-numbered sections of regulations: "I. Umumiy qoidalar", "II. ОБЩИЕ ПОЛОЖЕНИЯ".
const ROMAN_DIVISION = /^([IVXLC]{1,6})\.\s+(\S+\s+\S.*)$/u

const SIGNATURE = new RegExp(
  `^(?:O${AP}?zbekiston Respublikasi(?:ning)? Prezidenti|Ўзбекистон Республикаси(?:нинг)? Президенти|` +
    'Президент (?:Республики Узбекистан|Российской Федерации)|Vazirlar Mahkamasining Raisi|' +
    'Вазирлар Маҳкамасининг Раиси|Председатель Правительства|The President|' +
    // Cabinet resolutions are signed by the Prime Minister: "Бош вазири А. АРИПОВ".
    `(?:Ўзбекистон Республикаси(?:нинг)?\\s+)?Бош вазири|(?:O${AP}?zbekiston Respublikasi(?:ning)?\\s+)?Bosh vaziri|` +
    'Премьер-министр(?: Республики Узбекистан)?)\\s.*\\p{Lu}{3,}',
  'u',
)
const SIGNATURE_PLACE =
  /^(?:Toshkent sh\.|Тошкент ш\.|г\. Ташкент|Toshkent shahri|Тошкент шаҳри|Москва, Кремль)/u

/** Recognises an enumerated item at the start of a line: `1.`, `1.1.`, `1)`, `(1)`, `a)`, `(a)`, `(i)`. */
export function enumMarker(line: string): Marker | null {
  let m = /^(\d{1,3})\.(?![\d.])\s*(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: 'n.', number: m[1] }
  m = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: 'n.n', number: m[1] }
  m = /^(\d{1,3})\)\s*(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: 'n)', number: m[1] }
  m = /^\((\d{1,3})\)\s*(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: '(n)', number: m[1] }
  m = /^(\p{Ll})\)\s+(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: 'a)', number: m[1] }
  m = /^([A-ZА-Я])\)\s+(?=\S)/u.exec(line)
  if (m) return { type: 'enum', style: 'A)', number: m[1] }
  m = /^\((\p{Ll}{1,4})\)\s*(?=\S)/u.exec(line)
  if (m) return parenLetters(m[1], '(a)', '(i)')
  m = /^\((\p{Lu}{1,4})\)\s*(?=\S)/u.exec(line)
  if (m) return parenLetters(m[1], '(A)', '(I)')
  return null
}

/** `(i)` may be a Roman numeral or the letter after `(h)`; the builder decides with `alt`. */
function parenLetters(s: string, alpha: EnumStyle, roman: EnumStyle): Marker | null {
  const single = s.length === 1 || [...s].every((c) => c === s[0])
  const romanOk = /^[ivxlcIVXLC]+$/.test(s) && isRoman(s)
  if (romanOk && (s.length > 1 || /[ivxIVX]/.test(s))) {
    return single
      ? { type: 'enum', style: roman, number: s, alt: { style: alpha, number: s } }
      : { type: 'enum', style: roman, number: s }
  }
  return single ? { type: 'enum', style: alpha, number: s } : null
}

/** The marker a line opens in a draft of the given language, or null for a plain paragraph. */
export function lineMarker(line: string, language: LanguageTag, ukStyle: boolean): Marker | null {
  if (SIGNATURE.test(line) && line.length <= 140) return { type: 'signature' }
  if (SIGNATURE_PLACE.test(line)) return { type: 'signature' }
  const special =
    language === 'ru'
      ? russianMarker(line)
      : language === 'en'
        ? englishMarker(line, ukStyle)
        : uzbekMarker(line)
  if (special) return special
  const roman = ROMAN_DIVISION.exec(line)
  if (
    roman &&
    isRoman(roman[1]) &&
    romanValue(roman[1]) <= 40 &&
    line.length <= 250 &&
    !endsWithSentence(roman[2])
  ) {
    return { type: 'division', keyword: 'roman', number: roman[1], title: roman[2] }
  }
  return enumMarker(line)
}

/**
 * The number of "IV bob. …", "V1 боб" (V¹) or "BIRINCHI BOʻLIM" when the line heads a division: the
 * number is a Roman numeral or an ordinal word and the rest is a heading (empty or capitalised,
 * short, not a sentence's end). "Birinchi bob talablari …" opens prose: null.
 */
function namedDivisionNumber(number: string, title: string, line: string): string | null {
  if (line.length > 250 || (title !== '' && !/^\p{Lu}/u.test(title)) || endsWithSentence(title)) return null
  const roman = /^([IVXLC]+)(.?)$/u.exec(number)
  if (roman && isRoman(roman[1])) return roman[1] + (roman[2] ? toSuperscript(fromSuperscript(roman[2])) : '')
  const n = divisionNumber(number)
  return n !== number ? n : null
}

/** A Roman-numbered heading is short and does not end like a sentence. */
function endsWithSentence(s: string): boolean {
  return /[;,]$/.test(s.trim()) || s.length > 200
}

function uzbekMarker(line: string): Marker | null {
  let m = UZ_ARTICLE.exec(line)
  if (m) {
    const sup = m[2] ? m[2].replace('^', '') : ''
    return { type: 'article', number: m[1] + sup, title: m[3] ?? m[4] ?? '', integer: Number(m[1]) }
  }
  m = UZ_DIVISION.exec(line)
  if (m) {
    const kw = m[2].toLowerCase()
    return {
      type: 'division',
      keyword: kw.startsWith('b') && kw.length === 3 ? 'bob' : kw === 'боб' ? 'bob' : 'bolim',
      number: m[1],
      title: m[3],
    }
  }
  m = UZ_DIVISION_NAMED.exec(line)
  const named = m ? namedDivisionNumber(m[1], m[3], line) : null
  if (m && named) {
    const kw = m[2].toLowerCase()
    return {
      type: 'division',
      keyword: kw === 'bob' || kw === 'боб' ? 'bob' : 'bolim',
      number: named,
      title: m[3],
    }
  }
  m = UZ_ANNEX.exec(line) ?? UZ_ANNEX_TAIL.exec(line)
  if (m && line.length <= 200) return { type: 'annex', number: m[1] ?? null, title: '' }
  if (UZ_CODE_PART.test(line)) return { type: 'division', keyword: 'codepart', number: null, title: line }
  return null
}

function russianMarker(line: string): Marker | null {
  let m = RU_ARTICLE.exec(line)
  if (m) {
    const sup = m[2] ? m[2].replace('^', '') : ''
    return {
      type: 'article',
      number: m[1] + sup,
      title: m[3] ?? m[4] ?? '',
      integer: Number.parseInt(m[1], 10),
    }
  }
  m = RU_DIVISION.exec(line)
  if (m) {
    const number = divisionNumber(m[2])
    if (/^\p{L}+$/u.test(m[2]) && !/^[IVXLC]+$/.test(m[2]) && number === m[2]) return null
    const kw = m[1].toLowerCase()
    return { type: 'division', keyword: kw, number, title: m[3] ?? m[4] ?? '' }
  }
  m = RU_PARAGRAPH.exec(line)
  if (m) return { type: 'division', keyword: '§', number: m[1], title: m[2] }
  m = RU_CODE_PART.exec(line)
  if (m && caseClass(line) === 'upper') {
    const n = m[2] ? divisionNumber(m[2]) : null
    if (m[2] && n === m[2] && !/^\d+$/.test(m[2])) return null
    return { type: 'division', keyword: 'часть', number: n, title: m[1] ? line : '' }
  }
  m = RU_ANNEX.exec(line)
  if (m && line.length <= 200) return { type: 'annex', number: m[1] ?? null, title: m[2] ?? '' }
  return null
}

function englishMarker(line: string, ukStyle: boolean): Marker | null {
  let m = EN_ARTICLE.exec(line)
  if (m) return { type: 'article', number: m[1], title: m[2] ?? '', integer: Number.parseInt(m[1], 10) }
  m = EN_DIVISION.exec(line)
  if (m) {
    const rest = m[4]
    const ok =
      rest === '' ||
      m[3] !== undefined ||
      caseClass(rest) === 'upper' ||
      (/^\p{Lu}/u.test(rest) && rest.length <= 100 && !endsParagraph(rest))
    if (ok) return { type: 'division', keyword: m[1].toLowerCase(), number: m[2], title: rest }
  }
  m = EN_ANNEX.exec(line)
  if (m && line.length <= 200) return { type: 'annex', number: m[2] ?? null, title: m[3] ?? m[4] ?? '' }
  if (ukStyle) {
    m = EN_UK_ARTICLE.exec(line)
    if (m && !SENTENCE_END.test(m[2]))
      return { type: 'article', number: m[1], title: m[2], integer: Number.parseInt(m[1], 10) }
  }
  return null
}

/** True when the text uses US-style section headings, so UK-style "1 Heading" lines are not headings. */
export function hasUsSections(lines: readonly string[]): boolean {
  return lines.some((l) => EN_ARTICLE.test(l))
}

/**
 * What a line opens in any language, for the PDF importer's paragraph rebuilding: a heading
 * (division, article, annex), an enumerated item, or nothing.
 */
export function structureStart(line: string): 'heading' | 'item' | null {
  const t = line.trim()
  let found: 'heading' | 'item' | null = null
  for (const lang of ['uz-Latn', 'ru', 'en'] as const) {
    const m = lineMarker(t, lang, false)
    if (m && m.type !== 'signature' && m.type !== 'enum') return 'heading'
    if (m?.type === 'enum') found = 'item'
  }
  return found
}
