/** Report wording in English. */
import type { ReportText } from './types.js'

/** English labels and conclusion templates. */
export const en: ReportText = {
  reportTitle: 'Conclusion on the anti-corruption expertise of a draft legal act',
  scopeGroup: (name) => `Group: ${name}`,
  scopeConsolidated: 'Consolidated conclusion',
  form: {
    basis: 'Legal basis',
    draftingBody: 'Drafting body',
    outgoingNumber: 'Outgoing No.',
    date: 'Date',
    blank: '____________________',
  },
  signature: { experts: 'Experts', members: 'Group members', sign: '(signature)' },
  notice: {
    workingNames:
      'The corruption-risk factor names in this document are working names: they have not been checked against the official text.',
    translatedNames: (source) =>
      `The factor names are a translation of the official text (${source}); only the ${source} wording is official.`,
    checklistFromGroups:
      'An article counts as checked when any group checked it in its checklist or an expert marked it in the consolidated conclusion.',
  },
  sections: {
    act: 'Draft',
    review: 'Expertise',
    summary: 'Summary',
    findings: 'Corruption-risk factors found',
    conclusion: 'Conclusion',
    annex: 'Annex. Text of the draft with the findings marked',
  },
  fields: {
    title: 'Title',
    version: 'Version',
    language: 'Language',
    date: 'Date',
    methodology: 'Methodology',
    groups: 'Groups',
    experts: 'Experts',
    members: 'Group members',
    generatedAt: 'Generated',
    scope: 'Scope',
  },
  columns: {
    number: 'No.',
    unit: 'Provision',
    quote: 'Text',
    factors: 'Corruption-risk factor',
    risk: 'Risk',
    rationale: 'Rationale',
    proposal: 'Proposal',
    sources: 'Sources',
    response: 'Drafting body’s answer',
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
    untagged: 'Findings without a factor',
    count: 'Count',
  },
  risk: { high: 'high', medium: 'medium', low: 'low' },
  proposalKind: { amend: 'set out in a new wording', delete: 'delete', add: 'add a new norm' },
  response: { accepted: 'accepted', partly: 'partly accepted', rejected: 'not accepted' },
  languageName: { 'uz-Latn': 'Uzbek (Latin)', 'uz-Cyrl': 'Uzbek (Cyrillic)', ru: 'Russian', en: 'English' },
  noFactor: '(no factor)',
  noFindings: 'No corruption-risk factors were found.',
  page: (page, pages) => `Page ${page} of ${pages}`,
  conclusion: {
    none: (f) =>
      `The anti-corruption expertise of the draft “${f.title}” (version ${f.version}) found no corruption-risk factors in the provisions checked.`,
    found: (f) =>
      `The anti-corruption expertise of the draft “${f.title}” (version ${f.version}) recorded ${f.findings} ${f.findings === 1 ? 'finding' : 'findings'} of corruption-risk factors in ${f.articlesWithFindings} of ${f.articles} ${f.articles === 1 ? 'article' : 'articles'}. Risk: high — ${f.high}, medium — ${f.medium}, low — ${f.low}.`,
    mostFrequent: (factor) => `The most frequent factor is “${factor}”.`,
    recommendation:
      'The drafting body is advised to revise the provisions concerned in line with the proposals set out in this conclusion and to remove the corruption-risk factors identified.',
    unreviewed: (count) => `Articles not checked: ${count}.`,
    responses: (a, p, r) =>
      `The drafting body’s response to the proposals: accepted — ${a}, partly accepted — ${p}, not accepted — ${r}.`,
    byGroup: (name) => `This report sets out the findings of group “${name}”.`,
    consolidated: (groups, experts) =>
      `This conclusion consolidates the findings of the groups (${groups})${experts ? `; experts: ${experts}` : ''}.`,
  },
}
