import { describe, expect, it } from 'vitest'
import { detect } from '../../../shared/detector/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { hits, pack } from './hits.js'

/**
 * Round 4 of the detector rules: the factors the fresh set's per-factor totals showed missing
 * (unnamed bodies, a body's "may", evaluative words, a body's act with no term), written from the
 * methodology and drafting usage. Sentences are ours; each rule has a hit and a near miss.
 */
type Case = [why: string, lang: LanguageTag, text: string, expected: string[]]

const CASES: Record<string, Case[]> = {
  'unnamed bodies share a power': [
    [
      'acting bodies',
      'uz-Latn',
      'Tegishli davlat organlari ushbu faoliyat ustidan nazoratni amalga oshiradi.',
      ['duplicated-powers: Tegishli davlat organlari'],
    ],
    [
      'agent',
      'uz-Cyrl',
      'Рухсатнома ваколатли давлат органлари томонидан берилади.',
      ['duplicated-powers: ваколатли давлат органлари'],
    ],
    [
      'subject',
      'ru',
      'Соответствующие органы осуществляют контроль за соблюдением настоящего Положения.',
      ['duplicated-powers: Соответствующие органы'],
    ],
    [
      'subject',
      'en',
      'The relevant authorities shall monitor compliance with this section.',
      ['duplicated-powers: The relevant authorities'],
    ],
    ['partners', 'uz-Latn', 'Vazirlik boshqa organlar hamda tashkilotlar bilan hamkorlik qiladi.', []],
    // CONVENTION.md (round 5): an unnamed body that receives a report it must act on is duplicated powers.
    [
      'recipients',
      'uz-Latn',
      'Agentlik tegishli davlat organlariga zarur axborotni taqdim etadi.',
      ['duplicated-powers: tegishli davlat organlariga'],
    ],
    [
      'named after',
      'ru',
      'Контроль осуществляется соответствующими органами Министерства здравоохранения.',
      [],
    ],
    [
      'jointly',
      'ru',
      'Министерство совместно с заинтересованными министерствами и ведомствами утверждает перечень.',
      ['duplicated-powers: совместно с заинтересованными министерствами и ведомствами утверждает'],
    ],
    [
      'jointly',
      'uz-Latn',
      'Vazirlik Agentlik bilan birgalikda tartibni belgilaydi.',
      ['duplicated-powers: bilan birgalikda tartibni belgilaydi'],
    ],
  ],
  'a body’s “may” in Uzbek and Russian': [
    [
      'empowered body',
      'uz-Latn',
      'Inspeksiya tekshiruv natijalari boʻyicha koʻrsatmalar berishga vakolatlidir.',
      ['may-formula: berishga vakolatlidir'],
    ],
    ['empowered citizen', 'uz-Latn', 'Fuqaro oʻz huquqlarini himoya qilishga vakolatlidir.', []],
    [
      'right granted to a body',
      'uz-Latn',
      'Moliya vazirligiga byudjet mablagʻlarini qayta taqsimlash huquqi berilsin.',
      ['may-formula: huquqi berilsin'],
    ],
    [
      'right granted to a body',
      'uz-Cyrl',
      'Молия вазирлигига бюджет маблағларини қайта тақсимлаш ҳуқуқи берилсин.',
      ['may-formula: ҳуқуқи берилсин'],
    ],
    ['right granted to citizens', 'uz-Latn', 'Fuqarolarga bepul yuridik yordam olish huquqi beriladi.', []],
    [
      'right granted to a body',
      'ru',
      'Предоставить Министерству финансов право перераспределять бюджетные средства.',
      ['may-formula: Предоставить Министерству финансов право'],
    ],
    ['right granted to citizens', 'ru', 'Гражданам предоставляется право на обжалование решений.', []],
    [
      'the Central Bank is a body',
      'uz-Latn',
      'Markaziy bank kredit tashkilotiga koʻrsatma berishi mumkin.',
      ['may-formula: berishi mumkin'],
    ],
    [
      'when it finds it needed',
      'uz-Latn',
      'Agentlik zarur deb hisoblasa, qoʻshimcha tekshiruv oʻtkazadi.',
      ['broad-discretion: zarur deb hisoblasa'],
    ],
    [
      'when it finds it needed',
      'ru',
      'Комиссия, если сочтет это необходимым, проводит дополнительную проверку.',
      ['broad-discretion: если сочтет это необходимым'],
    ],
    [
      'limiting discretion grants none',
      'uz-Latn',
      'oʻz ixtiyoricha harakat qilish vakolatlarini cheklagan holda tartib-taomillarni belgilash.',
      [],
    ],
  ],
  'evaluative words and the official’s own view in English': [
    [
      'standard',
      'en',
      'The applicant must show a reasonable excuse for the failure.',
      ['legal-linguistic-uncertainty: reasonable excuse'],
    ],
    [
      'standard',
      'en',
      'The holder must be a fit and proper person.',
      ['legal-linguistic-uncertainty: fit and proper'],
    ],
    ['an amount', 'en', 'The applicant must pay a fee of £50.', []],
    [
      'official satisfied',
      'en',
      'The licence may be revoked if the Secretary of State is satisfied that the holder has failed to comply.',
      // CONVENTION.md: "a norm with both gets both spans" (the power to revoke and the condition it judges)
      ['may-formula: licence may be revoked', 'broad-discretion: if the Secretary of State is satisfied'],
    ],
    ['court satisfied', 'en', 'The order may be made if the court is satisfied that the debt is due.', []],
  ],
  'a body’s act owed to a person with no term': [
    [
      'no term',
      'en',
      'The licensing authority shall notify the applicant of its decision.',
      ['no-deadline: shall notify the applicant'],
    ],
    [
      'a term',
      'en',
      'The licensing authority shall notify the applicant of its decision within 28 days.',
      [],
    ],
    [
      'no term',
      'ru',
      'Орган направляет заявителю ответ по существу обращения.',
      ['no-deadline: направляет заявителю ответ'],
    ],
    ['a term', 'ru', 'Орган в течение десяти дней направляет заявителю ответ по существу обращения.', []],
    // A named body ("Inspeksiya"): "vakolatli organ" would also be an unnamed body under CONVENTION.md.
    [
      'no term',
      'uz-Latn',
      'Inspeksiya arizachini qabul qilingan qaror haqida xabardor qiladi.',
      ['no-deadline: arizachini qabul qilingan qaror haqida xabardor qiladi'],
    ],
    [
      'a term',
      'uz-Latn',
      'Inspeksiya uch ish kuni ichida arizachini qabul qilingan qaror haqida xabardor qiladi.',
      [],
    ],
  ],
}

for (const [topic, cases] of Object.entries(CASES)) {
  describe(`round 4: ${topic}`, () => {
    it.each(cases)('%s (%s): %s', (_why, lang, text, expected) => {
      expect(hits(lang, text)).toEqual(expected)
    })
  })
}

describe('round 4: a UK section’s heading line carries no norm', () => {
  it('"etc." in "6 Possession etc. of articles" is a heading; the same word in a subsection is not', () => {
    const unit = (id: string, kind: Unit['kind'], parentId: string | null, text: string): Unit => ({
      id,
      kind,
      number: null,
      label: id,
      parentId,
      text,
    })
    const units = [
      unit('a', 'article', null, '6 Possession etc. of articles for use in frauds'),
      unit('p', 'part', 'a', '(1) The Secretary may require documents, records etc. from the holder.'),
    ]
    const found = detect(units, pack, { language: 'en', explainIn: 'en' }).map(
      (s) => `${s.unitId}: ${s.quote}`,
    )
    expect(found).toContain('p: etc.')
    expect(found.some((f) => f.startsWith('a:'))).toBe(false)
  })
})
