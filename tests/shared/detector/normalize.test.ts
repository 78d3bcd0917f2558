import { describe, expect, it } from 'vitest'
import { normalize, toOriginal } from '../../../shared/detector/normalize.js'

const back = (src: string, lang: 'uz' | 'ru' | 'en', needle: string) => {
  const n = normalize(src, lang)
  const a = n.text.indexOf(needle)
  expect(a, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0)
  const { start, end } = toOriginal(n, a, a + needle.length)
  return src.slice(start, end)
}

describe('normalize', () => {
  it('folds the four Uzbek apostrophes and ʼ to nothing, so all spellings match', () => {
    const forms = ['oʻz vaqtida', 'o‘z vaqtida', "o'z vaqtida", 'o’z vaqtida', 'oz vaqtida']
    for (const f of forms) expect(normalize(f, 'uz').text).toBe('oz vaqtida')
    expect(normalize('maʼlumot', 'uz').text).toBe('malumot')
    expect(normalize('Secretary’s', 'en').text).toBe("secretary's")
  })

  it('lower-cases, folds ё to е and collapses whitespace and line breaks', () => {
    expect(normalize('Решение  ПРИНЯТО\n\tмоё', 'ru').text).toBe('решение принято мое')
  })

  it('fixes Latin look-alikes inside Cyrillic words and the reverse', () => {
    expect(normalize('вп\u0072аве', 'ru').text).not.toBe('вправе') // 'r' is not a look-alike of 'р'
    expect(normalize('впр\u0061ве', 'ru').text).toBe('вправе') // Latin a → Cyrillic а
    expect(normalize('h\u0430qli', 'uz').text).toBe('haqli') // Cyrillic а → Latin a
  })

  it('joins words hyphenated across a line break and maps back to the original span', () => {
    const src = 'орган впра-\nве отказать'
    expect(normalize(src, 'ru').text).toBe('орган вправе отказать')
    expect(back(src, 'ru', 'вправе')).toBe('впра-\nве')
  })

  it('folds Uzbek Cyrillic to Latin and maps multi-letter folds back to one letter', () => {
    expect(normalize('Солиқ органи ҳақлидир; етарли асос; объект; коррупция', 'uz').text).toBe(
      'soliq organi haqlidir; yetarli asos; obyekt; korrupsiya',
    )
    const src = 'Шартнома ўз вақтида кўриб чиқилади'
    expect(back(src, 'uz', 'shartnoma')).toBe('Шартнома')
    expect(back(src, 'uz', 'oz vaqtida')).toBe('ўз вақтида')
  })

  it('keeps offsets exact around removed characters (soft hyphen, zero-width space)', () => {
    const src = 'ha\u00ADqli\u200B emas'
    expect(normalize(src, 'uz').text).toBe('haqli emas')
    expect(back(src, 'uz', 'haqli')).toBe('ha\u00ADqli')
  })
})
