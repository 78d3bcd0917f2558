import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../shared/domain/draft.js'
import { editorialRanges } from '../../../shared/structure/editorialNotes.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { judgeLegalText } from '../../../shared/structure/legalText.js'
import { fixtureText } from '../../server/importers/fixtureFiles.js'

/**
 * Acts as a reader copies them from lex.uz: older codes number chapters in Roman ("IV БОБ") and
 * sections in words ("БИРИНЧИ БЎЛИМ"); superscripts arrive flattened, also where the article before
 * the inserted one was repealed (47, "481", 49); and the page brings its labels, the editors'
 * comments and the bracketed amendment notes, none of which may count as a part.
 */

const byLabel = (units: Unit[], label: string) => units.find((u) => u.label === label)
const labels = (units: Unit[], kind: Unit['kind']) => units.filter((u) => u.kind === kind).map((u) => u.label)

describe('Uzbek divisions numbered in Roman numerals or in words', () => {
  it('"III bob. …" and "I BOʻLIM." head divisions, the chapter inside the section', () => {
    const { units } = parseDraft(
      [
        'I BOʻLIM.',
        'UMUMIY QOIDALAR',
        'III bob. AERODROMLAR',
        '26-modda. Aerodromlar',
        'Aerodromlar bazaviy va zaxiradagi aerodromlarga boʻlinadi.',
        'IV bob. HAVO KEMALARI',
        '27-modda. Havo kemalari',
        'Havo kemasi davlat reyestrida roʻyxatdan oʻtkaziladi.',
      ].join('\n'),
      'uz-Latn',
    )
    expect(labels(units, 'division')).toEqual(['I boʻlim', 'III bob', 'IV bob'])
    const section = byLabel(units, 'I boʻlim') as Unit
    expect(section.text).toBe('I BOʻLIM.\nUMUMIY QOIDALAR')
    expect(byLabel(units, 'III bob')?.parentId).toBe(section.id)
    expect(byLabel(units, '26-modda 1-qism')?.text).toBe(
      'Aerodromlar bazaviy va zaxiradagi aerodromlarga boʻlinadi.',
    )
  })

  it('"БИРИНЧИ БЎЛИМ" is section 1, "V1 боб" is chapter V¹, and "Birinchi bob talablari …" stays prose', () => {
    const cyr = parseDraft(
      [
        'БИРИНЧИ БЎЛИМ',
        'УМУМИЙ ҚОИДАЛАР',
        'V1 боб. САЙЛОВ ВА РЕФЕРЕНДУМ',
        '1-модда. Вазифалар',
        'Ушбу Кодекснинг вазифалари белгиланади.',
      ].join('\n'),
      'uz-Cyrl',
    ).units
    expect(labels(cyr, 'division')).toEqual(['1-бўлим', 'V¹ боб'])
    const lat = parseDraft(
      ['1-modda. Talablar', 'Birinchi bob talablari ushbu moddada belgilanadi.'].join('\n'),
      'uz-Latn',
    ).units
    expect(labels(lat, 'division')).toEqual([])
    expect(byLabel(lat, '1-modda 1-qism')?.text).toBe('Birinchi bob talablari ushbu moddada belgilanadi.')
  })
})

describe('inserted articles whose base article was repealed', () => {
  it('47, "481", 49 reads 48¹; "1863" before 188 (187 repealed) reads 186³', () => {
    const text = [47, 481, 49, 186, 1861, 1862, 1863, 188]
      .map((n) => `${n}-модда. Сарлавҳа\nНорма белгиланади.`)
      .join('\n')
    const numbers = parseDraft(text, 'uz-Cyrl')
      .units.filter((u) => u.kind === 'article')
      .map((u) => u.number)
    expect(numbers).toEqual(['47', '48¹', '49', '186', '186¹', '186²', '186³', '188'])
  })
})

describe('lex.uz page labels, comments and amendment notes', () => {
  it('join the unit above: parts keep their numbers, lists keep their owner', () => {
    const { units } = parseDraft(
      [
        '24-модда. Кенгашнинг ваколатлари',
        'Кенгашнинг ваколатларига:',
        'Олдинги таҳрирга қаранг.',
        'бюджетни тасдиқлаш;',
        '(24-модда биринчи қисмининг иккинчи хатбошиси Ўзбекистон Республикасининг 2024 йил 17 октябрдаги ЎРҚ-976-сонли Қонуни таҳририда — Қонунчилик маълумотлари миллий базаси, 19.10.2024 й., 03/24/976/0833-сон)',
        'ҳокимнинг ҳисоботини эшитиш киради.',
        ' LexUZ шарҳи',
        'Қаранг: мазкур Қонуннинг 25-моддаси.',
        'Кенгаш қарорлари мажбурийдир.',
      ].join('\n'),
      'uz-Cyrl',
    )
    expect(labels(units, 'part')).toEqual(['24-модда 1-қисм', '24-модда 2-қисм'])
    expect(labels(units, 'point')).toEqual(['24-модда 1-қисм 2-хатбоши', '24-модда 1-қисм 3-хатбоши'])
    expect(byLabel(units, '24-модда 1-қисм 2-хатбоши')?.text).toMatch(
      /^бюджетни тасдиқлаш;\n\(24-модда биринчи қисмининг иккинчи хатбошиси .*\)$/,
    )
    expect(byLabel(units, '24-модда 1-қисм 3-хатбоши')?.text).toBe(
      'ҳокимнинг ҳисоботини эшитиш киради.\nLexUZ шарҳи\nҚаранг: мазкур Қонуннинг 25-моддаси.',
    )
    expect(byLabel(units, '24-модда 2-қисм')?.text).toBe('Кенгаш қарорлари мажбурийдир.')
  })

  it('a disposition ending in a dash goes on after a note to its sanction, in Latin and Russian too', () => {
    const uz = parseDraft(
      [
        '127-modda. Jalb qilish',
        'Voyaga yetmagan shaxsni jalb qilish —',
        '(127-modda birinchi qismining dispozitsiyasi 2019 yil 18 martdagi OʻRQ-531-sonli Qonun tahririda — Qonunchilik maʼlumotlari milliy bazasi, 19.03.2019 y., 03/19/531/2771-son)',
        'Oldingi tahrirga qarang.',
        'bazaviy hisoblash miqdorining yuz baravari miqdorida jarima bilan jazolanadi.',
      ].join('\n'),
      'uz-Latn',
    ).units
    expect(labels(uz, 'part')).toEqual(['127-modda 1-qism'])
    expect(byLabel(uz, '127-modda 1-qism')?.text).toMatch(
      /—\n\(127-modda .*\)\nOldingi tahrirga qarang\. bazaviy/,
    )
    const ru = parseDraft(
      [
        'Статья 5. Полномочия',
        '1. Хоким утверждает программу.',
        'См. предыдущую редакцию.',
        '2. Кенгаш заслушивает отчёт.',
      ].join('\n'),
      'ru',
    ).units
    expect(labels(ru, 'part')).toEqual(['Статья 5, часть 1', 'Статья 5, часть 2'])
    expect(byLabel(ru, 'Статья 5, часть 1')?.text).toBe(
      '1. Хоким утверждает программу.\nСм. предыдущую редакцию.',
    )
  })
})

describe('the editorial stretches of a unit, for the reader to tell them from the norm', () => {
  it('finds whole note and comment lines, and a label the paragraph went on after', () => {
    const text = [
      'Voyaga yetmagan shaxsni jalb qilish —',
      '(127-modda birinchi qismining dispozitsiyasi 2019 yil 18 martdagi OʻRQ-531-sonli Qonun tahririda — Qonunchilik maʼlumotlari milliy bazasi, 19.03.2019 y., 03/19/531/2771-son)',
      'Oldingi tahrirga qarang. bazaviy hisoblash miqdorining yuz baravari miqdorida jarima bilan jazolanadi.',
      'LexUZ sharhi',
      'Qarang: mazkur Kodeksning 25-moddasi.',
    ].join('\n')
    expect(editorialRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      '(127-modda birinchi qismining dispozitsiyasi 2019 yil 18 martdagi OʻRQ-531-sonli Qonun tahririda — Qonunchilik maʼlumotlari milliy bazasi, 19.03.2019 y., 03/19/531/2771-son)',
      'Oldingi tahrirga qarang.',
      'LexUZ sharhi',
      'Qarang: mazkur Kodeksning 25-moddasi.',
    ])
    expect(editorialRanges('Hokim (tuman hokimi) qaror qabul qiladi.')).toEqual([])
  })
})

describe('real acts pasted from lex.uz in Uzbek Cyrillic', () => {
  it('the Law on local state power: Roman chapters, 39 articles with inserted ones, notes in their parts', () => {
    const text = fixtureText('uz-cyrl-local-state-power-law.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Cyrl')
    expect(judgeLegalText(text, units).legal).toBe(true)
    // lex.uz sets the kind line in sentence case; it and the capitalised name are one title.
    expect(units[0]).toMatchObject({
      kind: 'text',
      label: 'Сарлавҳа',
      text: 'Ўзбекистон Республикасининг қонуни\nМАҲАЛЛИЙ ДАВЛАТ ҲОКИМИЯТИ ТЎҒРИСИДА',
    })
    expect(labels(units, 'division')).toEqual(['I боб', 'II боб', 'IV боб', 'V боб', 'VI боб', 'VII боб'])
    const articles = units.filter((u) => u.kind === 'article').map((u) => u.number)
    expect(articles).toHaveLength(39)
    expect(articles.slice(0, 12)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8¹', '9', '10', '16'])
    expect(articles).toContain('16⁴')
    // Article 1 has four parts; its notes name the first, second and third.
    expect(labels(units, 'part').filter((l) => l.startsWith('1-модда '))).toHaveLength(4)
    for (const [label, note] of [
      ['1-модда 1-қисм', '(1-модданинг биринчи қисми'],
      ['1-модда 2-қисм', '(1-модданинг иккинчи қисми'],
      ['1-модда 3-қисм', '(1-модданинг учинчи қисми'],
      ['24-модда 1-қисм 2-хатбоши', '(24-модда биринчи қисмининг иккинчи хатбошиси'],
    ])
      expect(byLabel(units, label)?.text, label).toContain(note)
    // No label, comment or note is a unit of its own.
    for (const u of units)
      expect(u.text, u.label).not.toMatch(/^(?:Олдинги таҳрирга қаранг|LexUZ шарҳи|\(\d+-модда)/u)
  })

  it('the Law on the state civil service: 10 chapters and 64 articles in order', () => {
    const text = fixtureText('uz-cyrl-civil-service-law.txt')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Cyrl')
    expect(judgeLegalText(text, units).legal).toBe(true)
    expect(labels(units, 'division')).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}-боб`))
    expect(units.filter((u) => u.kind === 'article').map((u) => u.number)).toEqual(
      Array.from({ length: 64 }, (_, i) => String(i + 1)),
    )
  })
})
