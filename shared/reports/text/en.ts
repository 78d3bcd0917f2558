/** Report wording in English. */
import type { ReportText } from './types.js'

/** English labels and conclusion templates. */
export const en: ReportText = {
  reportTitle: 'Anti-corruption expert review of a draft legal act',
  scopeGroup: (name) => `Group: ${name}`,
  scopeConsolidated: 'Consolidated conclusion',
  sections: {
    act: 'Draft',
    review: 'Review',
    summary: 'Summary',
    findings: 'Corruptogenic factors found',
    conclusion: 'Conclusion',
    annex: 'Annex. Text of the draft with the findings',
  },
  fields: {
    title: 'Title',
    version: 'Version',
    language: 'Language',
    date: 'Date',
    methodology: 'Methodology',
    groups: 'Groups',
    experts: 'Experts',
    generatedAt: 'Generated',
    scope: 'Scope',
  },
  columns: {
    number: 'No.',
    unit: 'Provision',
    quote: 'Text',
    factors: 'Corruptogenic factor',
    risk: 'Risk',
    rationale: 'Rationale',
    proposal: 'Proposal',
    sources: 'Sources',
    response: 'Drafting body’s response',
  },
  summary: {
    findings: 'Findings',
    byFactorGroup: 'By factor group',
    byFactor: 'By factor',
    byRisk: 'By risk',
    articles: 'Articles in the draft',
    articlesChecked: 'Articles checked',
    articlesWithFindings: 'Articles with findings',
    articlesUnreviewed: 'Articles not checked',
    untagged: 'Notes without a factor',
    count: 'Count',
  },
  risk: { high: 'high', medium: 'medium', low: 'low' },
  proposalKind: { amend: 'amend', delete: 'delete', add: 'add' },
  response: { accepted: 'accepted', partly: 'partly accepted', rejected: 'rejected' },
  languageName: { 'uz-Latn': 'Uzbek (Latin)', 'uz-Cyrl': 'Uzbek (Cyrillic)', ru: 'Russian', en: 'English' },
  noFactor: '(no factor)',
  noFindings: 'No corruptogenic factors were found.',
  page: (page, pages) => `Page ${page} of ${pages}`,
  conclusion: {
    none: (f) =>
      `The anti-corruption review of the draft “${f.title}” (version ${f.version}) found no corruptogenic factors in the provisions checked.`,
    found: (f) =>
      `The anti-corruption review of the draft “${f.title}” (version ${f.version}) recorded ${f.findings} ${f.findings === 1 ? 'finding' : 'findings'} of corruptogenic factors in ${f.articlesWithFindings} of ${f.articles} ${f.articles === 1 ? 'article' : 'articles'}. Risk: high — ${f.high}, medium — ${f.medium}, low — ${f.low}.`,
    mostFrequent: (factor) => `The most frequent factor is “${factor}”.`,
    recommendation:
      'The drafting body is advised to revise the provisions concerned in line with the proposals set out in this conclusion and to remove the corruptogenic factors identified.',
    unreviewed: (count) => `Articles not checked: ${count}.`,
    responses: (a, p, r) =>
      `The drafting body’s response to the proposals: accepted — ${a}, partly accepted — ${p}, rejected — ${r}.`,
    byGroup: (name) => `This report sets out the findings of group “${name}”.`,
    consolidated: (groups, experts) =>
      `This conclusion consolidates the findings of the groups (${groups})${experts ? `; experts: ${experts}` : ''}.`,
  },
}
