/**
 * Wording of the follow-up conclusion in the four report languages. Uzbek Cyrillic is the faithful
 * transliteration of Uzbek Latin (terminology.md), so it is derived from it rather than kept twice.
 * Templates use `{name}` slots.
 */
import type { LanguageTag } from '../domain/language.js'
import { transliterate } from '../translit/index.js'

/** Every piece of fixed wording the follow-up conclusion needs. */
export type FollowUpText = {
  title: string
  subtitle: string
  sections: { act: string; summary: string; items: string; newRisks: string }
  fields: { draft: string; review: string; from: string; to: string; generatedAt: string }
  columns: {
    number: string
    unit: string
    quote: string
    newUnit: string
    newWording: string
    state: string
    proposal: string
    adopted: string
    verdict: string
    note: string
    factor: string
    explanation: string
  }
  state: { unchanged: string; edited: string; removed: string }
  verdict: { pending: string; fixed: string; partly: string; not_fixed: string }
  summary: { total: string; removed: string; adopted: string }
  yes: string
  no: string
  deleted: string
  noItems: string
  noNewRisks: string
  version: string
}

const en: FollowUpText = {
  title: 'Follow-up conclusion on the revised draft legal act',
  subtitle: 'Findings of the conclusion checked against version {to}',
  sections: {
    act: 'Draft and versions',
    summary: 'Summary',
    items: 'Findings and their fate',
    newRisks: 'New corruption-risk factors in the revised text',
  },
  fields: {
    draft: 'Draft',
    review: 'Review',
    from: 'Reviewed version',
    to: 'Revised version',
    generatedAt: 'Generated',
  },
  columns: {
    number: 'No.',
    unit: 'Norm (reviewed version)',
    quote: 'Quoted text',
    newUnit: 'Norm (revised version)',
    newWording: 'New wording',
    state: 'Text',
    proposal: 'Proposal',
    adopted: 'Proposal in the text',
    verdict: 'Verdict',
    note: 'Note',
    factor: 'Corruption-risk factor',
    explanation: 'Why',
  },
  state: { unchanged: 'unchanged', edited: 'edited', removed: 'removed' },
  verdict: { pending: 'not yet decided', fixed: 'fixed', partly: 'partly fixed', not_fixed: 'not fixed' },
  summary: { total: 'Findings checked', removed: 'Norm removed', adopted: 'Proposal wording adopted' },
  yes: 'yes',
  no: 'no',
  deleted: '(words deleted)',
  noItems: 'The conclusion had no findings.',
  noNewRisks: 'The detector found no new markers in the changed and added norms.',
  version: 'version {n}',
}

const ru: FollowUpText = {
  title: 'Заключение по итогам доработки проекта нормативно-правового акта',
  subtitle: 'Замечания заключения, проверенные по редакции {to}',
  sections: {
    act: 'Проект и редакции',
    summary: 'Итоги',
    items: 'Замечания и их учёт',
    newRisks: 'Новые коррупциогенные факторы в доработанном тексте',
  },
  fields: {
    draft: 'Проект',
    review: 'Экспертиза',
    from: 'Рассмотренная редакция',
    to: 'Доработанная редакция',
    generatedAt: 'Сформировано',
  },
  columns: {
    number: '№',
    unit: 'Норма (рассмотренная редакция)',
    quote: 'Фрагмент текста',
    newUnit: 'Норма (доработанная редакция)',
    newWording: 'Новая формулировка',
    state: 'Текст',
    proposal: 'Предложение',
    adopted: 'Предложение в тексте',
    verdict: 'Оценка',
    note: 'Примечание',
    factor: 'Коррупциогенный фактор',
    explanation: 'Почему',
  },
  state: { unchanged: 'без изменений', edited: 'изменён', removed: 'исключён' },
  verdict: {
    pending: 'не оценено',
    fixed: 'устранено',
    partly: 'устранено частично',
    not_fixed: 'не устранено',
  },
  summary: {
    total: 'Проверено замечаний',
    removed: 'Норма исключена',
    adopted: 'Формулировка предложения включена',
  },
  yes: 'да',
  no: 'нет',
  deleted: '(слова исключены)',
  noItems: 'В заключении не было замечаний.',
  noNewRisks: 'В изменённых и новых нормах детектор новых признаков не нашёл.',
  version: 'редакция {n}',
}

const uzLatn: FollowUpText = {
  title: 'Normativ-huquqiy hujjat loyihasining qayta ishlangan tahriri boʻyicha xulosa',
  subtitle: 'Xulosadagi mulohazalar {to} boʻyicha tekshirildi',
  sections: {
    act: 'Loyiha va tahrirlar',
    summary: 'Natijalar',
    items: 'Mulohazalar va ularning inobatga olinishi',
    newRisks: 'Qayta ishlangan matndagi yangi korrupsiogen omillar',
  },
  fields: {
    draft: 'Loyiha',
    review: 'Ekspertiza',
    from: 'Koʻrib chiqilgan tahrir',
    to: 'Qayta ishlangan tahrir',
    generatedAt: 'Tuzilgan sana',
  },
  columns: {
    number: '№',
    unit: 'Norma (koʻrib chiqilgan tahrir)',
    quote: 'Matn parchasi',
    newUnit: 'Norma (qayta ishlangan tahrir)',
    newWording: 'Yangi tahrir',
    state: 'Matn',
    proposal: 'Taklif',
    adopted: 'Taklif matnda',
    verdict: 'Baho',
    note: 'Izoh',
    factor: 'Korrupsiogen omil',
    explanation: 'Sababi',
  },
  state: { unchanged: 'oʻzgarmagan', edited: 'oʻzgartirilgan', removed: 'chiqarib tashlangan' },
  verdict: {
    pending: 'baholanmagan',
    fixed: 'bartaraf etildi',
    partly: 'qisman bartaraf etildi',
    not_fixed: 'bartaraf etilmadi',
  },
  summary: {
    total: 'Tekshirilgan mulohazalar',
    removed: 'Norma chiqarib tashlangan',
    adopted: 'Taklif tahriri matnga kiritilgan',
  },
  yes: 'ha',
  no: 'yoʻq',
  deleted: '(soʻzlar chiqarib tashlangan)',
  noItems: 'Xulosada mulohazalar boʻlmagan.',
  noNewRisks: 'Oʻzgartirilgan va yangi normalarda detektor yangi belgilar topmadi.',
  version: '{n}-tahrir',
}

/** Every string of a catalogue passed through `f` (same shape). */
function mapText<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, mapText(v, f)])) as T
}

// `{slots}` stay Latin: they are split off before transliterating.
const uzCyrl = mapText(uzLatn, (s) =>
  s
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : transliterate(part, 'uz-Cyrl')))
    .join('')
    // The official spelling (terminology.md), which the letter-by-letter rule misses.
    .replace(/коррупсиоген/g, 'коррупциоген'),
)

const catalogues: Record<LanguageTag, FollowUpText> = { en, ru, 'uz-Latn': uzLatn, 'uz-Cyrl': uzCyrl }

/** The follow-up wording for a language. */
export function followUpText(lang: LanguageTag): FollowUpText {
  return catalogues[lang]
}

/** Fill `{name}` slots. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}
