/** Report wording in Uzbek (Latin script, ʻ = U+02BB, ʼ = U+02BC). */
import type { ReportText } from './types.js'

/** Uzbek Latin labels and conclusion templates. */
export const uzLatn: ReportText = {
  reportTitle:
    'Normativ-huquqiy hujjat loyihasining korrupsiyaga qarshi ekspertizasi natijalari boʻyicha xulosa',
  scopeGroup: (name) => `Guruh: ${name}`,
  scopeConsolidated: 'Yigʻma xulosa',
  form: {
    basis: 'Asos',
    draftingBody: 'Ishlab chiquvchi organ',
    outgoingNumber: 'Chiquvchi raqam',
    date: 'Sana',
    blank: '____________________',
  },
  signature: { experts: 'Ekspertlar', members: 'Guruh aʼzolari', sign: '(imzo)' },
  notice: {
    workingNames:
      'Ushbu hujjatdagi korrupsiogen omillarning nomlari ishchi nomlardir: ular rasmiy matn bilan solishtirilmagan.',
    translatedNames: (source) =>
      `Omillarning nomlari rasmiy matnning tarjimasi (${source}); faqat shu tildagi matn rasmiy hisoblanadi.`,
    checklistFromGroups:
      'Modda biror guruh tomonidan chek-list boʻyicha tekshirilgan yoki ekspert tomonidan yigʻma xulosada belgilangan boʻlsa, tekshirilgan hisoblanadi.',
  },
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
    members: 'Guruh aʼzolari',
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
    response: 'Ishlab chiquvchi organning javobi',
  },
  summary: {
    findings: 'Aniqlangan mulohazalar',
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
  proposalKind: {
    amend: 'yangi tahrirda bayon etish',
    delete: 'chiqarib tashlash',
    add: 'yangi norma bilan toʻldirish',
  },
  response: {
    accepted: 'inobatga olindi',
    partly: 'qisman inobatga olindi',
    rejected: 'inobatga olinmadi',
  },
  languageName: { 'uz-Latn': 'oʻzbek (lotin)', 'uz-Cyrl': 'oʻzbek (kirill)', ru: 'rus', en: 'ingliz' },
  noFactor: '(omil koʻrsatilmagan)',
  noFindings: 'Korrupsiogen omillar aniqlanmadi.',
  page: (page, pages) => `${page}-bet, jami ${pages} bet`,
  conclusion: {
    none: (f) =>
      `«${f.title}» loyihasi (${f.version}-tahrir) korrupsiyaga qarshi ekspertizadan oʻtkazilishi natijasida tekshirilgan normalarda korrupsiogen omillar aniqlanmadi.`,
    found: (f) =>
      `«${f.title}» loyihasi (${f.version}-tahrir) korrupsiyaga qarshi ekspertizadan oʻtkazilishi natijasida korrupsiogen omillar yuzasidan ${f.findings} ta mulohaza qayd etildi (${f.articles} ta moddadan ${f.articlesWithFindings} tasida). Xavf darajasi: yuqori — ${f.high}, oʻrta — ${f.medium}, past — ${f.low}.`,
    mostFrequent: (factor) => `Eng koʻp uchragan omil — «${factor}».`,
    recommendation:
      'Loyihani ishlab chiquvchi organga ushbu xulosada bayon etilgan takliflarni inobatga olgan holda tegishli normalarni qayta koʻrib chiqish va aniqlangan korrupsiogen omillarni bartaraf etish tavsiya etiladi.',
    unreviewed: (count) => `Tekshirilmagan moddalar soni: ${count}.`,
    responses: (a, p, r) =>
      `Ishlab chiquvchi organning takliflarga munosabati: inobatga olindi — ${a}, qisman inobatga olindi — ${p}, inobatga olinmadi — ${r}.`,
    byGroup: (name) => `Ushbu hujjatda «${name}» guruhining mulohazalari bayon etilgan.`,
    consolidated: (groups, experts) =>
      `Xulosa guruhlar (${groups}) mulohazalarini umumlashtiradi${experts ? `; ekspertlar: ${experts}` : ''}.`,
  },
}
