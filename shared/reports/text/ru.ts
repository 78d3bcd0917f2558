/** Report wording in Russian. */
import type { ReportText } from './types.js'

/** Russian labels and conclusion templates (official-document register). */
export const ru: ReportText = {
  reportTitle: 'Заключение по результатам антикоррупционной экспертизы проекта нормативного правового акта',
  scopeGroup: (name) => `Группа: ${name}`,
  scopeConsolidated: 'Сводное заключение',
  sections: {
    act: 'Проект',
    review: 'Экспертиза',
    summary: 'Общие сведения',
    findings: 'Выявленные коррупциогенные факторы',
    conclusion: 'Выводы',
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
    response: 'Позиция разработчика',
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
  proposalKind: { amend: 'изменить редакцию', delete: 'исключить', add: 'дополнить' },
  response: { accepted: 'принято', partly: 'принято частично', rejected: 'отклонено' },
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
      `Позиция разработчика по предложениям: принято — ${a}, принято частично — ${p}, отклонено — ${r}.`,
    byGroup: (name) => `В документе изложены выводы группы «${name}».`,
    consolidated: (groups, experts) =>
      `Заключение обобщает выводы групп (${groups})${experts ? `; эксперты: ${experts}` : ''}.`,
  },
}
