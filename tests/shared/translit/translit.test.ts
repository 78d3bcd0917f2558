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

  it('real prose: the seminar news converted to Latin and back keeps at least 95% of its words', () => {
    const cyr = fixtureBody('uz-cyrl-seminar-news.txt')
    const lat = transliterate(cyr, 'uz-Latn')
    expect(lat).not.toMatch(/[а-яўқғҳ]/iu)
    const back = transliterate(lat, 'uz-Cyrl')
    const a = cyr.split(/\s+/).filter(Boolean)
    const b = back.split(/\s+/).filter(Boolean)
    expect(b).toHaveLength(a.length)
    const same = a.filter((w, i) => w === b[i]).length
    expect(same / a.length).toBeGreaterThanOrEqual(0.95)
  })
})
