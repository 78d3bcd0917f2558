import { describe, expect, it } from 'vitest'
import { transliterate } from '../../../shared/translit/index.js'
import { fixtureBody } from '../../server/importers/fixtureFiles.js'

// Pairs that convert both ways exactly (Cyrillic ↔ official Latin).
const BOTH_WAYS: [string, string][] = [
  ['ўзбек', 'oʻzbek'],
  ['тўғрисида', 'toʻgʻrisida'],
  ['қонун', 'qonun'],
  ['ҳуқуқ', 'huquq'],
  ['машҳур', 'mashhur'],
  ['исҳоқ', 'isʼhoq'],
  ['маъно', 'maʼno'],
  ['таъсир', 'taʼsir'],
  ['ер', 'yer'],
  ['Европа', 'Yevropa'],
  ['келяпти', 'kelyapti'],
  ['баён', 'bayon'],
  ['тайёр', 'tayyor'],
  ['иқтисодиёт', 'iqtisodiyot'],
  ['юрист', 'yurist'],
  ['субъект', 'subyekt'],
  ['экология', 'ekologiya'],
  ['поэзия', 'poeziya'],
  ['коррупция', 'korrupsiya'],
  ['коррупциявий', 'korrupsiyaviy'],
  ['конституция', 'konstitutsiya'],
  ['инвестиция', 'investitsiya'],
  ['функция', 'funksiya'],
  ['комиссия', 'komissiya'],
  ['кетса', 'ketsa'],
  ['принцип', 'prinsip'],
  ['лицензия', 'litsenziya'],
  ['февраль', 'fevral'],
  ['Шавкат', 'Shavkat'],
  ['ШАВКАТ', 'SHAVKAT'],
  ['Чорвоқ', 'Chorvoq'],
  ['ЧОРВОҚ', 'CHORVOQ'],
  ['ЎЗБЕКИСТОН', 'OʻZBEKISTON'],
  ['Ўзбекистон', 'Oʻzbekiston'],
  ['ЁШЛАР', 'YOSHLAR'],
  ['Ёшлар', 'Yoshlar'],
  ['йўл', 'yoʻl'],
  ['ғалаба', 'gʻalaba'],
  ['соғлиқ', 'sogʻliq'],
]

describe('Uzbek script conversion', () => {
  it.each(BOTH_WAYS)('%s ↔ %s', (cyr, lat) => {
    expect(transliterate(cyr, 'uz-Latn')).toBe(lat)
    expect(transliterate(lat, 'uz-Cyrl')).toBe(cyr)
  })

  it('one-way rules: ц after consonants is s, щ is sh, ь is dropped', () => {
    expect(transliterate('цех', 'uz-Latn')).toBe('sex')
    expect(transliterate('Цирк', 'uz-Latn')).toBe('Sirk')
    expect(transliterate('концерт', 'uz-Latn')).toBe('konsert')
    expect(transliterate('щётка', 'uz-Latn')).toBe('shyotka')
    expect(transliterate('медаль', 'uz-Latn')).toBe('medal')
  })

  it('accepts all apostrophe forms for oʻ, gʻ and the tutuq belgisi', () => {
    for (const ap of ['ʻ', '‘', "'", '’', '`']) {
      expect(transliterate(`to${ap}g${ap}ri`, 'uz-Cyrl')).toBe('тўғри')
    }
    for (const ap of ['ʼ', '’', "'"]) expect(transliterate(`ma${ap}no`, 'uz-Cyrl')).toBe('маъно')
  })

  it('writes U+02BB in oʻ/gʻ and U+02BC for the tutuq belgisi', () => {
    const out = transliterate('Ўғил маъно', 'uz-Latn')
    expect(out).toBe('Oʻgʻil maʼno')
    expect([...out].filter((c) => c === '\u02BB')).toHaveLength(2)
    expect(out.includes('\u02BC')).toBe(true)
  })

  it('leaves digits, punctuation, e-mail addresses and the other script alone', () => {
    expect(transliterate('1-модда. «Қонун», 2025 йил.', 'uz-Latn')).toBe('1-modda. «Qonun», 2025 yil.')
    expect(transliterate('Email: info@mediator.uz', 'uz-Cyrl')).toBe('Эмаил: info@mediator.uz')
    expect(transliterate('Qonun', 'uz-Latn')).toBe('Qonun')
  })

  it.each([
    'uz-cyrl-seminar-news.txt',
    // Uzbek Cyrillic with English names, Roman numerals and acronyms in Latin letters.
    'uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt',
  ])('real prose: %s converted to Latin and back keeps at least 99%% of its words', (file) => {
    const cyr = fixtureBody(file)
    const lat = transliterate(cyr, 'uz-Latn')
    expect(lat).not.toMatch(/[а-яўқғҳ]/iu)
    const back = transliterate(lat, 'uz-Cyrl')
    const a = cyr.split(/\s+/).filter(Boolean)
    const b = back.split(/\s+/).filter(Boolean)
    expect(b).toHaveLength(a.length)
    const same = a.filter((w, i) => w === b[i]).length
    expect(same / a.length).toBeGreaterThanOrEqual(0.99)
  })
})

/** Both ways: Latin → Cyrillic gives `cyr`, and `cyr` → Latin gives the official Latin back. */
const roundTrip = (lat: string, cyr: string) => {
  expect(transliterate(lat, 'uz-Cyrl')).toBe(cyr)
  expect(transliterate(cyr, 'uz-Latn')).toBe(lat)
}

describe('script conversion of the words the Agency writes every day (terminology.md)', () => {
  it('-tsio- loanwords after a consonant: korrupsiogen, auksion, funksional', () => {
    roundTrip('korrupsiogen', 'коррупциоген')
    roundTrip('korrupsiogen omil', 'коррупциоген омил')
    roundTrip('auksion', 'аукцион')
    roundTrip('funksional', 'функционал')
    roundTrip('Korrupsiogen', 'Коррупциоген')
  })

  it('loanwords with ю and ь from the exceptions list: budjet, kompyuter, konsert', () => {
    roundTrip('budjet', 'бюджет')
    roundTrip('budjetdan', 'бюджетдан')
    roundTrip('BUDJET', 'БЮДЖЕТ')
    roundTrip('kompyuter', 'компьютер')
    roundTrip('konsert', 'концерт')
  })

  it('months: the official Latin spelling, ь only on the bare word', () => {
    roundTrip('sentabr', 'сентябрь')
    roundTrip('sentabrdagi', 'сентябрдаги')
    roundTrip('oktabr', 'октябрь')
    roundTrip('yanvardan', 'январдан')
    roundTrip('yanvar', 'январь')
    roundTrip('iyulga', 'июлга')
    // The older Latin spelling still converts, to the same Cyrillic.
    expect(transliterate('sentyabr', 'uz-Cyrl')).toBe('сентябрь')
  })

  it('short stems match whole words only: sirka is not цирка', () => {
    roundTrip('sirka', 'сирка')
    expect(transliterate('sirk', 'uz-Cyrl')).toBe('цирк')
  })

  it('Roman numerals, Latin acronyms, web addresses and placeholders stay as written', () => {
    expect(transliterate('XII bob, IV modda', 'uz-Cyrl')).toBe('XII боб, IV модда')
    expect(transliterate('I. Umumiy qoidalar', 'uz-Cyrl')).toBe('I. Умумий қоидалар')
    expect(transliterate('I.Karimov', 'uz-Cyrl')).toBe('И.Каримов')
    expect(transliterate('PDF va ID', 'uz-Cyrl')).toBe('PDF ва ID')
    expect(transliterate('OʻRQ-860 va PQ-282', 'uz-Cyrl')).toBe('ЎРҚ-860 ва ПҚ-282')
    expect(transliterate('lex.uz saytida', 'uz-Cyrl')).toBe('lex.uz сайтида')
    expect(transliterate('{{count}} ta mulohaza', 'uz-Cyrl')).toBe('{{count}} та мулоҳаза')
    expect(transliterate('PDF', 'uz-Latn')).toBe('PDF')
  })

  it('an apostrophe closing a word is a quotation mark, not a tutuq belgisi', () => {
    expect(transliterate("'salom' dedi", 'uz-Cyrl')).toBe("'салом' деди")
    expect(transliterate('maʼno', 'uz-Cyrl')).toBe('маъно')
  })

  it('ъ after ў stays: moʻjiza ↔ мўъжиза', () => {
    roundTrip('moʻjiza', 'мўъжиза')
    expect(transliterate("mo'jizaviy", 'uz-Cyrl')).toBe('мўъжизавий')
  })
})
