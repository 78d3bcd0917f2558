/**
 * A realistic sample report input (Uzbek Latin draft, a two-group-factor pack, consolidated findings)
 * for the docs image, the export benchmark and the writer tests. Scales to any number of articles and
 * findings; spans are found in the generated text, never typed as offsets.
 */
import type { Unit } from '../../shared/domain/draft.js'
import type { Finding } from '../../shared/domain/finding.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import { basicNorms } from '../../shared/domain/norms.js'
import type { ReportInput, ReportPack } from '../../shared/reports/model.js'

/** The sample methodology: two factor groups, four factors, names in all four languages. */
export const samplePack: ReportPack = {
  id: 'sample',
  title: 'Sample methodology',
  titles: {
    en: 'Sample methodology',
    ru: 'Учебная методика',
    'uz-Latn': 'Oʻquv metodikasi',
    'uz-Cyrl': 'Ўқув методикаси',
  },
  version: '1.0.0',
  status: 'working',
  sourceLanguage: 'uz-Latn',
  basis: {
    en: 'Law “On anti-corruption expertise of normative legal acts and their drafts” No. ZRU-860 of 08.08.2023',
    ru: 'Закон «Об антикоррупционной экспертизе нормативно-правовых актов и их проектов» от 08.08.2023 № ЗРУ-860',
    'uz-Latn':
      '«Normativ-huquqiy hujjatlarning va ular loyihalarining korrupsiyaga qarshi ekspertizasi toʻgʻrisida»gi Qonun, 08.08.2023, OʻRQ-860',
    'uz-Cyrl':
      '«Норматив-ҳуқуқий ҳужжатларнинг ва улар лойиҳаларининг коррупцияга қарши экспертизаси тўғрисида»ги Қонун, 08.08.2023, ЎРҚ-860',
  },
  groups: [
    {
      id: 'discretion',
      name: {
        en: 'Broad discretion',
        ru: 'Широта дискреционных полномочий',
        'uz-Latn': 'Keng diskretsion vakolatlar',
        'uz-Cyrl': 'Кенг дискрецион ваколатлар',
      },
    },
    {
      id: 'gaps',
      name: {
        en: 'Legal gaps and vagueness',
        ru: 'Правовые пробелы и неопределённость',
        'uz-Latn': 'Huquqiy boʻshliqlar va noaniqlik',
        'uz-Cyrl': 'Ҳуқуқий бўшлиқлар ва ноаниқлик',
      },
    },
  ],
  factors: [
    {
      id: 'optional-powers',
      groupId: 'discretion',
      name: {
        en: 'Powers defined as “may”',
        ru: 'Определение компетенции по формуле «вправе»',
        'uz-Latn': 'Vakolatni «haqli» shaklida belgilash',
        'uz-Cyrl': 'Ваколатни «ҳақли» шаклида белгилаш',
      },
    },
    {
      id: 'open-grounds',
      groupId: 'discretion',
      name: {
        en: 'Open-ended grounds for refusal',
        ru: 'Открытый перечень оснований для отказа',
        'uz-Latn': 'Rad etish asoslarining ochiq roʻyxati',
        'uz-Cyrl': 'Рад этиш асосларининг очиқ рўйхати',
      },
    },
    {
      id: 'blanket-norm',
      groupId: 'gaps',
      name: {
        en: 'Blanket reference to bylaws',
        ru: 'Бланкетная отсылка к подзаконным актам',
        'uz-Latn': 'Qonunosti hujjatlariga blanket havola',
        'uz-Cyrl': 'Қонуности ҳужжатларига бланкет ҳавола',
      },
    },
    {
      id: 'vague-terms',
      groupId: 'gaps',
      name: {
        en: 'Vague terms',
        ru: 'Юридико-лингвистическая неопределённость',
        'uz-Latn': 'Yuridik-lingvistik noaniqlik',
        'uz-Cyrl': 'Юридик-лингвистик ноаниқлик',
      },
    },
  ],
}

/** Phrases the sample findings mark, with their factor, risk and wording. */
const MARKS = [
  {
    phrase: 'oʻz xohishiga koʻra',
    factorIds: ['optional-powers'],
    risk: 'high',
    rationale: 'Organ qaror qabul qilishda cheklanmagan ixtiyorga ega boʻladi.',
    proposal: '«oʻz xohishiga koʻra» soʻzlarini chiqarib tashlash.',
    kind: 'delete',
  },
  {
    phrase: 'boshqa hollarda',
    factorIds: ['open-grounds', 'vague-terms'],
    risk: 'high',
    rationale: 'Rad etish asoslari roʻyxati ochiq qoldirilgan.',
    proposal: 'Rad etish asoslarining toʻliq roʻyxatini belgilash.',
    kind: 'amend',
  },
  {
    phrase: 'vazirlik tomonidan belgilanadi',
    factorIds: ['blanket-norm'],
    risk: 'medium',
    rationale: 'Yigʻim miqdori qonunda emas, idoraviy hujjatda belgilanadi.',
    proposal: 'Yigʻimning eng yuqori miqdorini qonunda belgilash.',
    kind: 'amend',
  },
  {
    phrase: 'zarur hollarda',
    factorIds: ['vague-terms'],
    risk: 'low',
    rationale: '«Zarur hollar» tushunchasi aniqlanmagan.',
    proposal: 'Hujjatlar roʻyxatini toʻldirish.',
    kind: 'add',
  },
] as const

/** The units of one sample chapter (article number `n`), in document order. */
function chapterUnits(n: number): Unit[] {
  const a = (k: number) => `a${n}.${k}`
  return [
    {
      id: `d${n}`,
      kind: 'division',
      number: String(n),
      label: `${n}-bob`,
      parentId: null,
      text: `${n}-bob. Ruxsatnomalar va yigʻimlar`,
    },
    {
      id: a(0),
      kind: 'article',
      number: String(n),
      label: `${n}-modda`,
      parentId: `d${n}`,
      text: `${n}-modda. Ruxsatnoma berish tartibi`,
    },
    {
      id: a(1),
      kind: 'part',
      number: '1',
      label: `${n}-modda 1-qism`,
      parentId: a(0),
      text: 'Vakolatli organ oʻz xohishiga koʻra ruxsatnoma berishni rad etishga haqli.',
    },
    {
      id: a(2),
      kind: 'part',
      number: '2',
      label: `${n}-modda 2-qism`,
      parentId: a(0),
      text: 'Ariza boshqa hollarda ham qaytarilishi mumkin.',
    },
    {
      id: a(3),
      kind: 'part',
      number: '3',
      label: `${n}-modda 3-qism`,
      parentId: a(0),
      text: 'Yigʻim miqdori vazirlik tomonidan belgilanadi.',
    },
    {
      id: a(4),
      kind: 'point',
      number: 'a',
      label: `${n}-modda 3-qism a) band`,
      parentId: a(3),
      text: 'a) zarur hollarda qoʻshimcha hujjatlar talab qilinadi;',
    },
    {
      id: a(5),
      kind: 'part',
      number: '4',
      label: `${n}-modda 4-qism`,
      parentId: a(0),
      text: 'Ushbu modda rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.',
    },
  ]
}

/** Options for the sample: language, scope, size. */
export type SampleOptions = {
  lang?: LanguageTag
  scope?: 'group' | 'consolidated'
  articles?: number
  findings?: number
  /** Long rationales and proposals, each with a web address and a long id that must wrap. */
  long?: boolean
  /** Append the annotated draft (the export option). */
  annex?: boolean
}

/** A long rationale for finding `n`: several sentences, a lex.uz link and a source's long id. */
function longRationale(n: number, base: string): string {
  const url = `https://lex.uz/uz/docs/-6600413?ONDATE=08.08.2023&query=korrupsiyaga-qarshi-ekspertiza-${n}`
  const id = `regulation-gov-uz-draft-${n}-7f3c2a9b5d1e4c8fa0b6e2d9c7a5f3e1`
  return `${base} Mulohaza ${n}: ${'Norma vakolatli organga chegaralanmagan ixtiyor beradi va ariza beruvchi uchun aniq mezonlar belgilanmagan. '.repeat(4)}Manba: ${url} (${id}).`
}

/** Builds a sample `ReportInput` with `articles` chapters and `findings` findings spread over them. */
export function sampleReportInput(options: SampleOptions = {}): ReportInput {
  const {
    lang = 'uz-Latn',
    scope = 'consolidated',
    articles = 2,
    findings: count = 4,
    long = false,
  } = options
  const units = Array.from({ length: articles }, (_, i) => chapterUnits(i + 1)).flat()
  const parts = units.filter((u) => MARKS.some((m) => u.text.includes(m.phrase)))
  const groupId = scope === 'consolidated' ? 'consolidated' : 'g1'
  const findings: Finding[] = Array.from({ length: count }, (_, i) => {
    const unit = parts[i % parts.length]
    const mark = MARKS.find((m) => unit.text.includes(m.phrase)) ?? MARKS[0]
    const start = unit.text.indexOf(mark.phrase)
    return {
      id: `f${i + 1}`,
      groupId,
      unitId: unit.id,
      unitLabel: unit.label,
      start,
      end: start + mark.phrase.length,
      quote: mark.phrase,
      factorIds: [...mark.factorIds],
      risk: mark.risk,
      status: 'agreed',
      rationale: long ? longRationale(i + 1, mark.rationale) : mark.rationale,
      proposal: long
        ? `${mark.proposal} Taklif ${i + 1}: normani yangi tahrirda bayon etish, https://regulation.gov.uz/uz/d/${90000 + i}`
        : mark.proposal,
      proposalKind: mark.kind,
      author: { id: 'u-expert', name: 'Dilnoza Rahimova' },
      createdAt: '2026-11-27T09:30:00.000Z',
      sources:
        scope === 'consolidated'
          ? [
              { groupId: 'g1', findingId: `g1-${i + 1}` },
              { groupId: 'g2', findingId: `g2-${i + 1}` },
            ]
          : undefined,
      response:
        i === 0 && scope === 'consolidated'
          ? {
              status: 'partly',
              reason: 'Qisman inobatga olindi.',
              recordedAt: '2026-11-28T12:00:00.000Z',
              recordedBy: { id: 'u-staff', name: 'Aziz Karimov' },
            }
          : undefined,
    }
  })
  return {
    lang,
    scope: { kind: scope, name: scope === 'consolidated' ? 'Consolidated' : 'Guruh 1' },
    members: scope === 'group' ? ['Aziz Karimov', 'Malika Yusupova'] : [],
    draft: {
      title: 'Ruxsatnomalar toʻgʻrisidagi qonun loyihasi',
      language: 'uz-Latn',
      versionNumber: 2,
      versionId: 'v2',
      versionCreatedAt: '2026-11-20T08:00:00.000Z',
      units,
    },
    review: {
      title: 'Seminar: ruxsatnomalar toʻgʻrisidagi qonun loyihasi',
      createdAt: '2026-11-27T08:00:00.000Z',
      groups: [
        { id: 'g1', name: 'Guruh 1' },
        { id: 'g2', name: 'Guruh 2' },
      ],
      experts: ['Dilnoza Rahimova', 'Sergey Ivanov'],
    },
    pack: samplePack,
    findings,
    checklist: Object.fromEntries(basicNorms(units).map((u) => [u.id, 'found'])),
    generatedAt: '2026-11-28T15:00:00.000Z',
    options: { annex: options.annex ?? true },
  }
}
