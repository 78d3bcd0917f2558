import { describe, expect, it } from 'vitest'
import { detect } from '../../../shared/detector/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { builtinPacks, type Methodology } from '../../../shared/methodology/index.js'

const [uz, ru96, rai] = builtinPacks()

/** One article: a heading unit and its parts. */
function article(...parts: string[]): Unit[] {
  return [
    { id: 'a', kind: 'article', number: '1', label: '1', parentId: null, text: '1-modda. Sarlavha' },
    ...parts.map((text, i) => ({
      id: `p${i + 1}`,
      kind: 'part' as const,
      number: String(i + 1),
      label: `1(${i + 1})`,
      parentId: 'a',
      text,
    })),
  ]
}

const found = (language: LanguageTag, parts: string[], pack: Methodology = uz) => {
  const units = article(...parts)
  const got = detect(units, pack, { language, explainIn: 'en' })
  for (const s of got) {
    expect(s.quote).toBe(units.find((u) => u.id === s.unitId)?.text.slice(s.start, s.end))
    expect(pack.factors.some((f) => f.id === s.factorId)).toBe(true)
    expect(s.explanation.length).toBeGreaterThan(10)
  }
  return got.map((s) => [s.quote, s.factorId])
}

describe('Uzbek Latin rules', () => {
  it('"haqli" is a factor for a public body, not for an entrepreneur, and not when negated', () => {
    expect(
      found('uz-Latn', [
        'Soliq organi tadbirkorlik subyektini oldindan xabardor etmasdan auditni boshlashga haqlidir.',
      ]),
    ).toEqual([['haqlidir', 'may-formula']])
    expect(found('uz-Latn', ['Yakka tartibdagi tadbirkor xodimlarni yollashga haqli.'])).toEqual([])
    expect(found('uz-Latn', ['Davlat organlari tadbirkorlik faoliyatiga aralashishga haqli emas.'])).toEqual(
      [],
    )
  })

  it('"mumkin" needs an active verb of a body: passives, "olib kelishi mumkin", appeals and courts are not discretion', () => {
    expect(found('uz-Latn', ['Inspeksiya qoʻshimcha tekshiruv oʻtkazishi mumkin.'])).toEqual([
      ['oʻtkazishi mumkin', 'may-formula'],
    ])
    expect(
      found('uz-Latn', ['Bunday qaror organning faoliyati toʻxtatilishiga olib kelishi mumkin.']),
    ).toEqual([])
    expect(found('uz-Latn', ['Organning qarori ustidan sudga shikoyat qilinishi mumkin.'])).toEqual([])
    expect(found('uz-Latn', ['Shartnoma sud tomonidan bekor qilinishi mumkin.'])).toEqual([])
  })

  it('matches suffix chains and every apostrophe spelling', () => {
    // A named body: "vakolatli organ" is itself an unnamed body under CONVENTION.md (duplicated powers).
    expect(found('uz-Latn', ['Inspeksiya maʼlumot soʻrash huquqiga ega.'])).toEqual([
      ['huquqiga ega', 'may-formula'],
    ])
    for (const a of ['ʻ', '‘', "'", '’'])
      expect(found('uz-Latn', [`Ariza o${a}z vaqtida ko${a}rib chiqiladi.`]).map((x) => x[1])).toContain(
        'no-deadline',
      )
  })

  it('flags blanket norms, references to rules not yet adopted and open lists', () => {
    expect(found('uz-Latn', ['Faoliyat turlari Vazirlar Mahkamasi tomonidan belgilanadi.'])).toEqual([
      ['Vazirlar Mahkamasi tomonidan belgilanadi', 'excessive-bylaw-rulemaking'],
    ])
    expect(found('uz-Latn', ['Imtiyozlar belgilanadigan tartibda beriladi.'])).toEqual([
      ['belgilanadigan tartibda', 'legal-gap'],
    ])
    expect(
      found('uz-Latn', ['Ariza beruvchi pasport, maʼlumotnoma va boshqa hujjatlarni taqdim etadi.']),
    ).toEqual([['va boshqa hujjatlarni', 'open-refusal-grounds']])
    expect(found('uz-Latn', ['Qonunda nazarda tutilgan boshqa hollarda imtiyoz qoʻllaniladi.'])).toEqual([])
  })

  it('finds a procedure with no time limit and a refusal with no appeal route, unless the article has them', () => {
    expect(found('uz-Latn', ['Hokimlik arizani koʻrib chiqadi.'])).toEqual([
      ['arizani koʻrib chiqadi', 'no-deadline'],
    ])
    expect(
      found('uz-Latn', ['Hokimlik arizani koʻrib chiqadi.', 'Ariza oʻn kun ichida koʻrib chiqiladi.']),
    ).toEqual([])
    // CONVENTION.md: a decision whose appeal the article does not mention is not marked (absence
    // alone; the act may provide it elsewhere), so the Uzbek no-appeal absence check is gone
    expect(found('uz-Latn', ['Inspeksiya roʻyxatdan oʻtkazishni rad etadi.'])).toEqual([])
    expect(
      found('uz-Latn', [
        'Inspeksiya roʻyxatdan oʻtkazishni rad etadi.',
        'Rad etish ustidan sudga shikoyat qilinishi mumkin.',
      ]),
    ).toEqual([])
  })
})

describe('Uzbek Cyrillic text', () => {
  it('uses the same rules and points into the Cyrillic original', () => {
    expect(found('uz-Cyrl', ['Солиқ органи аудитни бошлашга ҳақлидир.'])).toEqual([
      ['ҳақлидир', 'may-formula'],
    ])
    expect(found('uz-Cyrl', ['Тадбиркор ходимларни ёллашга ҳақли.'])).toEqual([])
    expect(found('uz-Cyrl', ['Фаолият турлари Вазирлар Маҳкамаси томонидан белгиланади.'])).toEqual([
      ['Вазирлар Маҳкамаси томонидан белгиланади', 'excessive-bylaw-rulemaking'],
    ])
    expect(found('uz-Cyrl', ['Реестрга ўзгартиришлар ўз вақтида киритиб борилади.'])).toEqual([
      ['ўз вақтида киритиб', 'no-deadline'],
    ])
  })
})

describe('Russian rules', () => {
  it('"вправе" is a factor for a body, not for a worker, not when negated, and "может быть обжаловано" is not discretion', () => {
    expect(found('ru', ['Уполномоченный орган вправе провести внеплановую проверку.'])).toEqual([
      ['вправе', 'may-formula'],
    ])
    expect(found('ru', ['Работник вправе обратиться в суд.'])).toEqual([])
    expect(found('ru', ['Орган не вправе требовать иные документы.'])).toEqual([])
    expect(found('ru', ['Решение органа может быть обжаловано в суд.'])).toEqual([])
    expect(found('ru', ['Органы местного самоуправления могут наделяться полномочиями.'])).toEqual([])
  })

  it('matches inflected stems and ё', () => {
    expect(found('ru', ['Заявление рассматривается в разумный срок.'])).toEqual([
      ['в разумный срок', 'no-deadline'],
    ])
    expect(found('ru', ['Срок может быть продлён руководителем.'])).toEqual([
      ['может быть продлён', 'broad-discretion'],
    ])
  })

  it('open lists, unless closed by a reference to the law', () => {
    expect(found('ru', ['Заявитель представляет паспорт и иные документы.'])).toEqual([
      ['и иные документы', 'open-refusal-grounds'],
    ])
    expect(
      found('ru', ['Заявитель представляет паспорт и иные документы, предусмотренные законом.']),
    ).toEqual([])
  })

  it('references to acts not yet adopted and blanket norms', () => {
    expect(found('ru', ['Размер платы определяется в порядке, который будет установлен.'])).toEqual([
      ['в порядке, который будет', 'legal-gap'],
    ])
    expect(found('ru', ['Порядок выдачи определяется Кабинетом Министров.'])).toEqual([
      ['определяется Кабинетом Министров', 'excessive-bylaw-rulemaking'],
    ])
  })

  it('absence checks', () => {
    expect(found('ru', ['Инспекция рассматривает заявление и выдает разрешение.']).map((x) => x[1])).toEqual([
      'no-deadline',
    ])
    expect(found('ru', ['Инспекция рассматривает заявление в течение десяти дней.'])).toEqual([])
    // CONVENTION.md: a decision whose appeal the article does not mention is not marked (absence
    // alone; the act may provide it elsewhere), so the Russian no-appeal absence check is gone
    expect(found('ru', ['Инспекция отказывает в выдаче разрешения при наличии долгов.'])).toEqual([])
  })

  it('maps to the Decree 96 pack ids', () => {
    expect(found('ru', ['Уполномоченный орган вправе провести проверку.'], ru96)).toEqual([
      ['вправе', 'ru96-3b'],
    ])
    expect(found('ru', ['Заявитель представляет паспорт и иные документы.'], ru96)).toEqual([
      ['и иные документы', 'ru96-4a'],
    ])
  })
})

describe('English rules', () => {
  it('"may" for an official; not for an individual, not "may not", and waivers win over plain "may"', () => {
    expect(found('en', ['The Secretary may award additional grants.'])).toEqual([
      ['may award', 'may-formula'],
    ])
    expect(found('en', ['An individual may apply for a grant.'])).toEqual([])
    expect(found('en', ['The Director may not charge a fee.'])).toEqual([])
    expect(found('en', ['The Secretary may waive any requirement of this section.'])).toEqual([
      ['waive any requirement', 'selective-rights-exceptions'],
    ])
  })

  it('open lists, vague time and discretion formulas', () => {
    expect(
      found('en', ['Each application shall contain such other information as the Secretary may require.']),
    ).toEqual([['such other information as the Secretary may require', 'open-refusal-grounds']])
    expect(found('en', ['The agency shall respond within a reasonable time.'])).toEqual([
      ['within a reasonable time', 'no-deadline'],
    ])
    expect(found('en', ['Funds go to programs that the Secretary determines are necessary.'])).toEqual([
      ['that the Secretary determines are necessary', 'broad-discretion'],
    ])
  })
})

describe('detect', () => {
  it('returns [] for a pack with no detector mapping', () => {
    const bare = { ...uz, factors: uz.factors.map(({ detectorKeys: _k, ...f }) => f) }
    expect(
      detect(article('Soliq organi auditni boshlashga haqlidir.'), bare, {
        language: 'uz-Latn',
        explainIn: 'en',
      }),
    ).toEqual([])
  })

  it('maps to the RAI pack too', () => {
    expect(found('en', ['The Secretary may approve the application.'], rai)).toEqual([
      ['may approve', 'rai-unguided-discretion'],
      ['may approve the application', 'rai-weak-procedures'],
    ])
    expect(found('en', ['The Secretary may approve the application.']).map((x) => x[1])).toEqual([
      'may-formula',
      'no-deadline',
    ])
  })

  it('skips headings, sorts in document order and is stable', () => {
    const units: Unit[] = [
      {
        id: 'h',
        kind: 'article',
        number: '5',
        label: '5',
        parentId: null,
        text: '5-modda. Organ haqli boʻlgan hollar',
      },
      {
        id: 'x',
        kind: 'part',
        number: '1',
        label: '5(1)',
        parentId: 'h',
        text: 'Inspeksiya tekshiruv oʻtkazishi mumkin. Hokimlik ruxsatnoma berishga haqli.',
      },
      {
        id: 'y',
        kind: 'part',
        number: '2',
        label: '5(2)',
        parentId: 'h',
        text: 'Soliq organi auditni boshlashga haqlidir.',
      },
    ]
    const a = detect(units, uz, { language: 'uz-Latn', explainIn: 'ru' })
    expect(a.map((s) => [s.unitId, s.quote])).toEqual([
      ['x', 'oʻtkazishi mumkin'],
      ['x', 'haqli'],
      ['y', 'haqlidir'],
    ])
    expect(a[0].explanation).toMatch(/^«oʻtkazishi mumkin»: органу/)
    expect(detect(units, uz, { language: 'uz-Latn', explainIn: 'ru' })).toEqual(a)
  })

  it('scans 1 MB without pathological slowdowns', () => {
    const para =
      'Vakolatli organ arizani koʻrib chiqadi va qoʻshimcha hujjatlarni talab qilishga haqli. Tadbirkor oʻz xohishiga koʻra faoliyat turini tanlaydi. '
    const units: Unit[] = []
    let size = 0
    for (let i = 0; size < 1_000_000; i++) {
      const text = para.repeat(4)
      units.push({ id: `u${i}`, kind: 'part', number: null, label: '', parentId: null, text })
      size += text.length
    }
    const c0 = process.cpuUsage()
    const got = detect(units, uz, { language: 'uz-Latn', explainIn: 'en' })
    const c = process.cpuUsage(c0)
    expect(got.length).toBeGreaterThan(units.length)
    // Generous bound: the figure is ~0.2 s of CPU; this only catches regressions such as backtracking blow-ups.
    expect((c.user + c.system) / 1000).toBeLessThan(3000)
  })
})
