/** Report wording in Russian. */
import type { ReportText } from './types.js'

/** Russian labels and conclusion templates (official-document register). */
export const ru: ReportText = {
  reportTitle: 'Заключение по результатам антикоррупционной экспертизы проекта нормативно-правового акта',
  scopeGroup: (name) => `Группа: ${name}`,
  scopeConsolidated: 'Сводное заключение',
  form: {
    basis: 'Основание',
    draftingBody: 'Разработчик',
    outgoingNumber: 'Исх. №',
    date: 'Дата',
    blank: '____________________',
  },
  signature: { experts: 'Эксперты', members: 'Члены группы', sign: '(подпись)' },
  notice: {
    workingNames:
      'Наименования коррупциогенных факторов в настоящем документе — рабочие: они не сверены с официальным текстом.',
    translatedNames: (source) =>
      `Наименования факторов — перевод официального текста (${source}); официальной является только редакция на этом языке.`,
    checklistFromGroups:
      'Статья считается проверенной, если её проверила по чек-листу хотя бы одна группа или её отметил эксперт в сводном заключении.',
  },
  sections: {
    act: 'Проект',
    review: 'Экспертиза',
    summary: 'Общие сведения',
    findings: 'Выявленные коррупциогенные факторы',
    conclusion: 'Заключение',
    annex: 'Приложение. Текст проекта с замечаниями',
  },
  fields: {
    title: 'Наименование',
    version: 'Редакция',
    language: 'Язык',
    date: 'Дата',
    methodology: 'Методика',
    groups: 'Группы',
    experts: 'Эксперты',
    members: 'Члены группы',
    generatedAt: 'Дата формирования',
    scope: 'Охват',
  },
  columns: {
    number: '№',
    unit: 'Норма проекта',
    quote: 'Фрагмент текста',
    factors: 'Коррупциогенный фактор',
    risk: 'Степень риска',
    rationale: 'Обоснование',
    proposal: 'Предложение',
    sources: 'Источники',
    response: 'Ответ разработчика',
  },
  summary: {
    findings: 'Выявлено замечаний',
    byFactorGroup: 'По группам факторов',
    byFactor: 'По факторам',
    byRisk: 'По степени риска',
    articles: 'Статей в проекте',
    articlesChecked: 'Статей проверено',
    articlesWithFindings: 'Статей с замечаниями',
    articlesUnreviewed: 'Статей не проверено',
    untagged: 'Замечаний без указания фактора',
    count: 'Количество',
  },
  risk: { high: 'высокая', medium: 'средняя', low: 'низкая' },
  proposalKind: { amend: 'изложить в новой редакции', delete: 'исключить', add: 'дополнить новой нормой' },
  response: { accepted: 'учтено', partly: 'учтено частично', rejected: 'не учтено' },
  languageName: {
    'uz-Latn': 'узбекский (латиница)',
    'uz-Cyrl': 'узбекский (кириллица)',
    ru: 'русский',
    en: 'английский',
  },
  noFactor: '(фактор не указан)',
  noFindings: 'Коррупциогенные факторы не выявлены.',
  page: (page, pages) => `Страница ${page} из ${pages}`,
  conclusion: {
    none: (f) =>
      `По результатам антикоррупционной экспертизы проекта «${f.title}» (редакция ${f.version}) коррупциогенные факторы в проверенных положениях не выявлены.`,
    found: (f) =>
      `По результатам антикоррупционной экспертизы проекта «${f.title}» (редакция ${f.version}) выявлено замечаний о коррупциогенных факторах: ${f.findings}; затронуто статей: ${f.articlesWithFindings} из ${f.articles}. Степень риска: высокая — ${f.high}, средняя — ${f.medium}, низкая — ${f.low}.`,
    mostFrequent: (factor) => `Наиболее часто выявлялся фактор «${factor}».`,
    recommendation:
      'Разработчику рекомендуется доработать соответствующие положения проекта с учётом предложений, изложенных в настоящем заключении, и устранить выявленные коррупциогенные факторы.',
    unreviewed: (count) => `Статей не проверено: ${count}.`,
    responses: (a, p, r) =>
      `Позиция разработчика по предложениям: учтено — ${a}, учтено частично — ${p}, не учтено — ${r}.`,
    byGroup: (name) => `В документе изложены замечания группы «${name}».`,
    consolidated: (groups, experts) =>
      `Заключение обобщает замечания групп (${groups})${experts ? `; эксперты: ${experts}` : ''}.`,
  },
}
