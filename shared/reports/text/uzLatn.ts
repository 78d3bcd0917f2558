/** Report wording in Uzbek (Latin script, ʻ = U+02BB, ʼ = U+02BC). */
import type { ReportText } from './types.js'

/** Uzbek Latin labels and conclusion templates. */
export const uzLatn: ReportText = {
  reportTitle:
    'Normativ-huquqiy hujjat loyihasining korrupsiyaga qarshi ekspertizasi natijalari boʻyicha xulosa',
  scopeGroup: (name) => `Guruh: ${name}`,
  scopeConsolidated: 'Yigʻma xulosa',
  sections: {
    act: 'Loyiha',
    review: 'Ekspertiza',
    summary: 'Umumiy maʼlumotlar',
    findings: 'Aniqlangan korrupsiogen omillar',
    conclusion: 'Xulosa',
    annex: 'Ilova. Loyiha matni va mulohazalar',
  },
  fields: {
    title: 'Nomi',
    version: 'Tahrir',
    language: 'Til',
    date: 'Sana',
    methodology: 'Metodika',
    groups: 'Guruhlar',
    experts: 'Ekspertlar',
    generatedAt: 'Tayyorlangan sana',
    scope: 'Qamrov',
  },
  columns: {
    number: '№',
    unit: 'Loyiha normasi',
    quote: 'Matn parchasi',
    factors: 'Korrupsiogen omil',
    risk: 'Xavf darajasi',
    rationale: 'Asoslash',
    proposal: 'Taklif',
    sources: 'Manbalar',
    response: 'Ishlab chiquvchining munosabati',
  },
  summary: {
    findings: 'Aniqlangan holatlar',
    byFactorGroup: 'Omillar guruhlari boʻyicha',
    byFactor: 'Omillar boʻyicha',
    byRisk: 'Xavf darajasi boʻyicha',
    articles: 'Loyihadagi moddalar',
    articlesChecked: 'Tekshirilgan moddalar',
    articlesWithFindings: 'Omil aniqlangan moddalar',
    articlesUnreviewed: 'Tekshirilmagan moddalar',
    untagged: 'Omil koʻrsatilmagan mulohazalar',
    count: 'Soni',
  },
  risk: { high: 'yuqori', medium: 'oʻrta', low: 'past' },
  proposalKind: { amend: 'tahririni oʻzgartirish', delete: 'chiqarib tashlash', add: 'toʻldirish' },
  response: { accepted: 'qabul qilindi', partly: 'qisman qabul qilindi', rejected: 'rad etildi' },
  languageName: { 'uz-Latn': 'oʻzbek (lotin)', 'uz-Cyrl': 'oʻzbek (kirill)', ru: 'rus', en: 'ingliz' },
  noFactor: '(omil koʻrsatilmagan)',
  noFindings: 'Korrupsiogen omillar aniqlanmadi.',
  page: (page, pages) => `${page}-bet, jami ${pages} bet`,
  conclusion: {
    none: (f) =>
      `«${f.title}» loyihasi (${f.version}-tahrir) korrupsiyaga qarshi ekspertizadan oʻtkazilishi natijasida tekshirilgan normalarda korrupsiogen omillar aniqlanmadi.`,
    found: (f) =>
      `«${f.title}» loyihasi (${f.version}-tahrir) korrupsiyaga qarshi ekspertizadan oʻtkazilishi natijasida korrupsiogen omillar aniqlangan ${f.findings} ta holat qayd etildi (${f.articles} ta moddadan ${f.articlesWithFindings} tasida). Xavf darajasi: yuqori — ${f.high}, oʻrta — ${f.medium}, past — ${f.low}.`,
    mostFrequent: (factor) => `Eng koʻp uchragan omil — «${factor}».`,
    recommendation:
      'Loyihani ishlab chiquvchi organga ushbu xulosada bayon etilgan takliflarni inobatga olgan holda tegishli normalarni qayta koʻrib chiqish va aniqlangan korrupsiogen omillarni bartaraf etish tavsiya etiladi.',
    unreviewed: (count) => `Tekshirilmagan moddalar soni: ${count}.`,
    responses: (a, p, r) =>
      `Ishlab chiquvchi organning takliflarga munosabati: qabul qilindi — ${a}, qisman qabul qilindi — ${p}, rad etildi — ${r}.`,
    byGroup: (name) => `Ushbu hujjatda «${name}» guruhi tomonidan aniqlangan holatlar bayon etilgan.`,
    consolidated: (groups, experts) =>
      `Xulosa guruhlar (${groups}) natijalarini umumlashtiradi${experts ? `; ekspertlar: ${experts}` : ''}.`,
  },
}
