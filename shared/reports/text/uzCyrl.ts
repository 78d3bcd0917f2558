/** Report wording in Uzbek (Cyrillic script). */
import type { ReportText } from './types.js'

/** Uzbek Cyrillic labels and conclusion templates. */
export const uzCyrl: ReportText = {
  reportTitle: 'Норматив-ҳуқуқий ҳужжат лойиҳасининг коррупцияга қарши экспертизаси натижалари бўйича хулоса',
  scopeGroup: (name) => `Гуруҳ: ${name}`,
  scopeConsolidated: 'Йиғма хулоса',
  sections: {
    act: 'Лойиҳа',
    review: 'Экспертиза',
    summary: 'Умумий маълумотлар',
    findings: 'Аниқланган коррупциоген омиллар',
    conclusion: 'Хулоса',
    annex: 'Илова. Лойиҳа матни ва мулоҳазалар',
  },
  fields: {
    title: 'Номи',
    version: 'Таҳрир',
    language: 'Тил',
    date: 'Сана',
    methodology: 'Методика',
    groups: 'Гуруҳлар',
    experts: 'Экспертлар',
    generatedAt: 'Тайёрланган сана',
    scope: 'Қамров',
  },
  columns: {
    number: '№',
    unit: 'Лойиҳа нормаси',
    quote: 'Матн парчаси',
    factors: 'Коррупциоген омил',
    risk: 'Хавф даражаси',
    rationale: 'Асослаш',
    proposal: 'Таклиф',
    sources: 'Манбалар',
    response: 'Ишлаб чиқувчининг муносабати',
  },
  summary: {
    findings: 'Аниқланган ҳолатлар',
    byFactorGroup: 'Омиллар гуруҳлари бўйича',
    byFactor: 'Омиллар бўйича',
    byRisk: 'Хавф даражаси бўйича',
    articles: 'Лойиҳадаги моддалар',
    articlesChecked: 'Текширилган моддалар',
    articlesWithFindings: 'Омил аниқланган моддалар',
    articlesUnreviewed: 'Текширилмаган моддалар',
    untagged: 'Омил кўрсатилмаган мулоҳазалар',
    count: 'Сони',
  },
  risk: { high: 'юқори', medium: 'ўрта', low: 'паст' },
  proposalKind: { amend: 'таҳририни ўзгартириш', delete: 'чиқариб ташлаш', add: 'тўлдириш' },
  response: { accepted: 'қабул қилинди', partly: 'қисман қабул қилинди', rejected: 'рад этилди' },
  languageName: { 'uz-Latn': 'ўзбек (лотин)', 'uz-Cyrl': 'ўзбек (кирилл)', ru: 'рус', en: 'инглиз' },
  noFactor: '(омил кўрсатилмаган)',
  noFindings: 'Коррупциоген омиллар аниқланмади.',
  page: (page, pages) => `${page}-бет, жами ${pages} бет`,
  conclusion: {
    none: (f) =>
      `«${f.title}» лойиҳаси (${f.version}-таҳрир) коррупцияга қарши экспертизадан ўтказилиши натижасида текширилган нормаларда коррупциоген омиллар аниқланмади.`,
    found: (f) =>
      `«${f.title}» лойиҳаси (${f.version}-таҳрир) коррупцияга қарши экспертизадан ўтказилиши натижасида коррупциоген омиллар аниқланган ${f.findings} та ҳолат қайд этилди (${f.articles} та моддадан ${f.articlesWithFindings} тасида). Хавф даражаси: юқори — ${f.high}, ўрта — ${f.medium}, паст — ${f.low}.`,
    mostFrequent: (factor) => `Энг кўп учраган омил — «${factor}».`,
    recommendation:
      'Лойиҳани ишлаб чиқувчи органга ушбу хулосада баён этилган таклифларни инобатга олган ҳолда тегишли нормаларни қайта кўриб чиқиш ва аниқланган коррупциоген омилларни бартараф этиш тавсия этилади.',
    unreviewed: (count) => `Текширилмаган моддалар сони: ${count}.`,
    responses: (a, p, r) =>
      `Ишлаб чиқувчи органнинг таклифларга муносабати: қабул қилинди — ${a}, қисман қабул қилинди — ${p}, рад этилди — ${r}.`,
    byGroup: (name) => `Ушбу ҳужжатда «${name}» гуруҳи томонидан аниқланган ҳолатлар баён этилган.`,
    consolidated: (groups, experts) =>
      `Хулоса гуруҳлар (${groups}) натижаларини умумлаштиради${experts ? `; экспертлар: ${experts}` : ''}.`,
  },
}
