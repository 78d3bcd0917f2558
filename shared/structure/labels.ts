import type { LanguageTag } from '../domain/language.js'
import type { EnumStyle } from './markers.js'

/** Words of each drafting tradition used to build human references ("5-modda 2-qism 3-band"). */
export interface Words {
  article: (n: string) => string
  division: (keyword: string, n: string | null, title: string) => string
  annex: (n: string | null) => string
  part: (parent: string, n: string) => string
  point: (parent: string | null, n: string, style: EnumStyle) => string
  subpoint: (parent: string, n: string, style: EnumStyle) => string
  item: (owner: string, k: number) => string
  text: { title: string; preamble: string; signature: string; text: string }
  join: string
}

const isLetter = (style: EnumStyle) => style !== 'n.' && style !== 'n.n' && style !== 'n)' && style !== '(n)'
const isRomanStyle = (style: EnumStyle) => style === '(i)' || style === '(I)'
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function uzbek(
  w: {
    modda: string
    qism: string
    band: string
    kichik: string
    xatboshi: string
    bob: string
    bolim: string
    ilova: string
    codepart: string
  },
  text: Words['text'],
): Words {
  const enumWord = (n: string, style: EnumStyle, word: string) =>
    isRomanStyle(style) ? `(${n}) ${word}` : isLetter(style) ? `«${n}» ${word}` : `${n}-${word}`
  return {
    article: (n) => `${n}-${w.modda}`,
    division: (k, n, title) =>
      k === 'codepart'
        ? title
        : k === 'roman'
          ? `${n} ${w.bolim}`
          : // Roman chapter numbers are written apart: "XI боб", "III bob"; digits take a hyphen.
            `${n}${n !== null && /^[IVXLC]+[¹²³⁴⁵⁶⁷⁸⁹]?$/.test(n) ? ' ' : '-'}${k === 'bob' ? w.bob : w.bolim}`,
    annex: (n) => (n ? `${n}-${w.ilova}` : cap(w.ilova)),
    part: (p, n) => `${p} ${n}-${w.qism}`,
    point: (p, n, s) => (p ? `${p} ` : '') + enumWord(n, s, w.band),
    subpoint: (p, n, s) => `${p} ${enumWord(n, s, w.kichik)}`,
    item: (o, k) => `${o} ${k}-${w.xatboshi}`,
    text,
    join: ' ',
  }
}

const WORDS: Record<LanguageTag, Words> = {
  'uz-Latn': uzbek(
    {
      modda: 'modda',
      qism: 'qism',
      band: 'band',
      kichik: 'kichik band',
      xatboshi: 'xatboshi',
      bob: 'bob',
      bolim: 'boʻlim',
      ilova: 'ilova',
      codepart: '',
    },
    { title: 'Sarlavha', preamble: 'Preambula', signature: 'Imzo', text: 'Matn' },
  ),
  'uz-Cyrl': uzbek(
    {
      modda: 'модда',
      qism: 'қисм',
      band: 'банд',
      kichik: 'кичик банд',
      xatboshi: 'хатбоши',
      bob: 'боб',
      bolim: 'бўлим',
      ilova: 'илова',
      codepart: '',
    },
    { title: 'Сарлавҳа', preamble: 'Преамбула', signature: 'Имзо', text: 'Матн' },
  ),
  ru: {
    article: (n) => `Статья ${n}`,
    division: (k, n, title) =>
      k === '§'
        ? `§ ${n}`
        : k === 'roman'
          ? `Раздел ${n}`
          : n === null
            ? cap(title.toLowerCase())
            : `${cap(k)} ${n}`,
    annex: (n) => (n ? `Приложение ${n}` : 'Приложение'),
    part: (p, n) => `${p}, часть ${n}`,
    point: (p, n, s) => {
      const own = isLetter(s) && !isRomanStyle(s) ? `пункт «${n}»` : `пункт ${n}`
      return p ? `${p}, ${own}` : cap(own)
    },
    subpoint: (p, n, s) => `${p}, подпункт ${isLetter(s) && !isRomanStyle(s) ? `«${n}»` : n}`,
    item: (o, k) => `${o}, абзац ${k}`,
    text: { title: 'Заголовок', preamble: 'Преамбула', signature: 'Подпись', text: 'Текст' },
    join: ', ',
  },
  en: {
    article: (n) => `Section ${n}`,
    division: (k, n, title) =>
      k === 'roman' ? `Part ${n}` : k === 'crossheading' ? title : `${cap(k)} ${n}`,
    annex: (n) => (n ? `Schedule ${n}` : 'Schedule'),
    part: (p, n) => `${p}(${n})`,
    point: (p, n) => (p ? `${p}(${n})` : `Paragraph ${n}`),
    subpoint: (p, n) => `${p}(${n})`,
    item: (o, k) => `${o}, para. ${k}`,
    text: { title: 'Title', preamble: 'Preamble', signature: 'Signature', text: 'Text' },
    join: ', ',
  },
}

/** The label vocabulary of a language; the builder composes labels from a parent's label. */
export function labelWords(language: LanguageTag): Words {
  return WORDS[language]
}

/** A label for title, preamble, signature or note text, placed under its parent when it has one. */
export function textLabel(
  language: LanguageTag,
  role: keyof Words['text'],
  parentLabel: string | null,
): string {
  const w = WORDS[language]
  const word = w.text[role]
  return parentLabel ? `${parentLabel}${w.join}${word.toLowerCase()}` : word
}
