import { describe, expect, it } from 'vitest'
import type { Unit } from '../../../shared/domain/draft.js'
import { articleOf, detectLanguage, parseDraft, unitCounts } from '../../../shared/structure/index.js'

const labels = (units: Unit[]) => units.map((u) => `${u.kind}:${u.label}`)

describe('drafting conventions per language', () => {
  it('Uzbek Latin: bo‘lim/bob/modda, parts counted by paragraph, bands and kichik bands, written superscripts', () => {
    const text = [
      '1-boʻlim. Umumiy qoidalar',
      '1-bob. Asosiy qoidalar',
      '5-modda. Vakolatlar',
      'Vazirlik quyidagi vakolatlarga ega.',
      'Vazirlik:',
      '1) normativ hujjatlarni ishlab chiqadi;',
      '2) nazoratni amalga oshiradi;',
      '3) ruxsatnomalar beradi, shu jumladan:',
      'a) litsenziyalar;',
      'b) sertifikatlar.',
      'Ushbu moddaning 2-qismida nazarda tutilgan vakolatlar ushbu Qonunning 7-moddasiga muvofiq amalga oshiriladi.',
      '18¹-modda. Qoʻshimcha kafolatlar',
      'Kafolatlar qonunchilikda belgilanadi.',
    ].join('\n')
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Latn')
    expect(labels(units)).toEqual([
      'division:1-boʻlim',
      'division:1-bob',
      'article:5-modda',
      'part:5-modda 1-qism',
      'part:5-modda 2-qism',
      'point:5-modda 2-qism 1-band',
      'point:5-modda 2-qism 2-band',
      'point:5-modda 2-qism 3-band',
      'subpoint:5-modda 2-qism 3-band «a» kichik band',
      'subpoint:5-modda 2-qism 3-band «b» kichik band',
      'part:5-modda 3-qism',
      'article:18¹-modda',
      'part:18¹-modda 1-qism',
    ])
    expect(units[1].parentId).toBe(units[0].id)
    expect(units[11].number).toBe('18¹')
    expect(articleOf(units, units[8].id)?.id).toBe(units[2].id)
  })

  it('references such as "ushbu Qonunning 5-moddasi" and "статьей 11 настоящего Кодекса" are not headings', () => {
    const uz = parseDraft(
      '1-modda. Maqsad\n5-moddasida nazarda tutilgan hollarda ushbu Qonunning 5-moddasi qoʻllaniladi.\n5-modda qoidalari ham qoʻllaniladi.',
      'uz-Latn',
    )
    expect(unitCounts(uz.units).article).toBe(1)
    const ru = parseDraft(
      'Статья 1. Цель\nВ случаях, предусмотренных статьей 11 настоящего Кодекса, применяется порядок.\nСтатья 11 настоящего Кодекса применяется также к договорам.',
      'ru',
    )
    expect(unitCounts(ru.units).article).toBe(1)
    expect(unitCounts(ru.units).part).toBe(2)
  })

  it('Uzbek Cyrillic labels: 5-модда 2-қисм 3-банд', () => {
    const text =
      '5-модда. Ваколатлар\nВазирлик ваколатларга эга.\nВазирлик:\n1) ҳужжатлар ишлаб чиқади;\n2) назоратни амалга оширади;\n3) рухсатномалар беради.'
    const { language, units } = parseDraft(text)
    expect(language).toBe('uz-Cyrl')
    expect(units.at(-1)?.label).toBe('5-модда 2-қисм 3-банд')
  })

  it('Russian: Раздел/Глава/§, Статья 51.1, numbered parts, points and subpoints', () => {
    const text = [
      'Раздел I. Общие положения',
      'Глава 1. Основы',
      '§ 1. Предмет',
      'Статья 51.1. Особый порядок',
      '1. Орган вправе принимать решения.',
      '2. Решение принимается в случаях:',
      '1) предусмотренных законом;',
      '2) установленных Правительством, в том числе:',
      'а) при проверках;',
      'б) при выдаче разрешений.',
      '3. Порядок устанавливается Правительством.',
      'Иные случаи определяются законом.',
    ].join('\n')
    const { language, units } = parseDraft(text)
    expect(language).toBe('ru')
    expect(labels(units)).toEqual([
      'division:Раздел I',
      'division:Глава 1',
      'division:§ 1',
      'article:Статья 51.1',
      'part:Статья 51.1, часть 1',
      'part:Статья 51.1, часть 2',
      'point:Статья 51.1, часть 2, пункт 1',
      'point:Статья 51.1, часть 2, пункт 2',
      'subpoint:Статья 51.1, часть 2, пункт 2, подпункт «а»',
      'subpoint:Статья 51.1, часть 2, пункт 2, подпункт «б»',
      'part:Статья 51.1, часть 3',
      'point:Статья 51.1, часть 3, абзац 2',
    ])
    expect(units[3].number).toBe('51.1')
  })

  it('Russian regulation (Положение): points only, sub-points 1.1, annex', () => {
    const text = [
      'ПОЛОЖЕНИЕ о порядке выдачи разрешений',
      'I. Общие положения',
      '1. Настоящее Положение определяет порядок.',
      '1.1. Разрешение выдается органом.',
      '2. Срок рассмотрения устанавливается органом.',
      'Приложение № 1',
      'к Положению о порядке выдачи разрешений',
      '1. Форма заявления.',
    ].join('\n')
    const { units } = parseDraft(text, 'ru')
    expect(labels(units)).toEqual([
      'text:Заголовок',
      'division:Раздел I',
      'point:Раздел I, пункт 1',
      'subpoint:Раздел I, пункт 1, подпункт 1.1',
      'point:Раздел I, пункт 2',
      'annex:Приложение 1',
      'point:Приложение 1, пункт 1',
    ])
    expect(units[5].text).toBe('Приложение № 1 к Положению о порядке выдачи разрешений')
  })

  it('English, US style: Division/Title/Subtitle, SEC., (a)(1)(A)(i), and (i) after (h) is a letter', () => {
    const text = [
      'DIVISION C— ETHICS',
      'TITLE IX— REFORM',
      'SEC. 101. DEFINITIONS.',
      '(a) In General.— In this Act:',
      '(1) Agency.— The term “agency” means—',
      '(A) an executive agency; and',
      '(B) a military department.',
      '(h) Eighth.— Text.',
      '(i) Ninth.— Text.',
      '(1) Clause.— Text.',
      '(A) Sub.— Text.',
      '(i) Roman clause.',
      '(ii) Second roman clause.',
      'Sec. 102. Authority.',
      'The Secretary may issue rules.',
    ].join('\n')
    const { language, units } = parseDraft(text)
    expect(language).toBe('en')
    expect(labels(units)).toEqual([
      'division:Division C',
      'division:Title IX',
      'article:Section 101',
      'part:Section 101(a)',
      'point:Section 101(a)(1)',
      'subpoint:Section 101(a)(1)(A)',
      'subpoint:Section 101(a)(1)(B)',
      'part:Section 101(h)',
      'part:Section 101(i)',
      'point:Section 101(i)(1)',
      'subpoint:Section 101(i)(1)(A)',
      'subpoint:Section 101(i)(1)(A)(i)',
      'subpoint:Section 101(i)(1)(A)(ii)',
      'article:Section 102',
      'part:Section 102',
    ])
  })

  it('English, UK style: Part/Chapter, "1 Heading" sections, (1)(a)(i), Schedule', () => {
    const text = [
      'Part 1',
      'Preliminary',
      'Chapter 2',
      'Interpretation',
      '1 Overview',
      '(1) This Act makes provision about bribery.',
      '(a) the first case, and',
      '(i) a sub-case;',
      '2 Offences of bribing another person',
      '(1) A person is guilty of an offence if—',
      'SCHEDULE 1',
      'Consequential amendments',
      '1 The Act is amended as follows.',
    ].join('\n')
    const { units } = parseDraft(text, 'en')
    expect(labels(units)).toEqual([
      'division:Part 1',
      'division:Chapter 2',
      'article:Section 1',
      'part:Section 1(1)',
      'point:Section 1(1)(a)',
      'subpoint:Section 1(1)(a)(i)',
      'article:Section 2',
      'part:Section 2(1)',
      'annex:Schedule 1',
      'point:Schedule 1, paragraph 1',
    ])
    expect(units[0].text).toBe('Part 1\nPreliminary')
    expect(units[1].parentId).toBe(units[0].id)
  })

  it('Cabinet regulation in Uzbek (Nizom): points and an ilova', () => {
    const text =
      'Vazirlar Mahkamasining 2024-yil 1-martdagi 100-son qaroriga\n1-ilova\nRuxsatnomalar berish tartibi toʻgʻrisida NIZOM\n1. Ushbu Nizom tartibni belgilaydi.\n2. Ruxsatnoma oʻn kun ichida beriladi.\na) ariza boʻyicha;'
    const { units } = parseDraft(text, 'uz-Latn')
    expect(labels(units)).toEqual([
      'annex:1-ilova',
      'point:1-ilova 1-band',
      'point:1-ilova 2-band',
      'subpoint:1-ilova 2-band «a» kichik band',
    ])
    expect(units[0].text.split('\n')).toHaveLength(3)
  })

  it('a draft without any structure stays text; detection is overridable', () => {
    const { units } = parseDraft('Just a note.\n\nAnother paragraph here.', 'ru')
    expect(units.map((u) => u.kind)).toEqual(['text', 'text'])
    expect(parseDraft('Статья 1. Цель', 'ru').language).toBe('ru')
    expect(detectLanguage('The Secretary shall issue the rules of this Act.')).toBe('en')
    expect(detectLanguage('Вазир ушбу қонун бўйича қарор қабул қилади ва ҳужжатлар тайёрлайди.')).toBe(
      'uz-Cyrl',
    )
    expect(detectLanguage('Министр принимает решение по настоящему закону и готовит документы.')).toBe('ru')
    expect(detectLanguage('Vazir ushbu qonun boʻyicha qaror qabul qiladi va hujjatlarni tayyorlaydi.')).toBe(
      'uz-Latn',
    )
  })

  it('unitCounts lists every kind; articleOf is null outside articles', () => {
    const { units } = parseDraft('Sarlavha\n1-modda. Maqsad\nMatn.', 'uz-Latn')
    expect(unitCounts(units)).toEqual({
      division: 0,
      article: 1,
      part: 1,
      point: 0,
      subpoint: 0,
      annex: 0,
      preamble: 0,
      text: 1,
    })
    expect(articleOf(units, units[0].id)).toBeNull()
    expect(articleOf(units, 'nope')).toBeNull()
  })
})
