/** The shape of a report wording catalogue (one file per language beside this one). */
import type { LanguageTag } from '../../domain/language.js'

/** Values the concluding templates may use. */
export type ConclusionFacts = {
  title: string
  version: string
  findings: number
  articles: number
  articlesWithFindings: number
  high: number
  medium: number
  low: number
}

/** Every piece of fixed wording a report needs. */
export type ReportText = {
  reportTitle: string
  scopeGroup: (name: string) => string
  scopeConsolidated: string
  /** The official form's header lines (legal basis, drafting body, outgoing number, date). */
  form: {
    basis: string
    draftingBody: string
    outgoingNumber: string
    date: string
    /** Printed where a form field is left to fill in by hand. */
    blank: string
  }
  /** The signature block at the end. */
  signature: {
    experts: string
    members: string
    sign: string
  }
  /** Notices printed under the summary when they apply. */
  notice: {
    workingNames: string
    translatedNames: (source: string) => string
    checklistFromGroups: string
  }
  sections: {
    act: string
    review: string
    summary: string
    findings: string
    conclusion: string
    annex: string
  }
  fields: {
    title: string
    version: string
    language: string
    date: string
    methodology: string
    groups: string
    experts: string
    members: string
    generatedAt: string
    scope: string
  }
  columns: {
    number: string
    unit: string
    quote: string
    factors: string
    risk: string
    rationale: string
    proposal: string
    sources: string
    response: string
  }
  summary: {
    findings: string
    byFactorGroup: string
    byFactor: string
    byRisk: string
    articles: string
    articlesChecked: string
    articlesWithFindings: string
    articlesUnreviewed: string
    untagged: string
    count: string
  }
  risk: { high: string; medium: string; low: string }
  proposalKind: { amend: string; delete: string; add: string }
  response: { accepted: string; partly: string; rejected: string }
  languageName: Record<LanguageTag, string>
  noFactor: string
  noFindings: string
  page: (page: number, pages: number) => string
  conclusion: {
    none: (f: ConclusionFacts) => string
    found: (f: ConclusionFacts) => string
    mostFrequent: (factor: string) => string
    recommendation: string
    unreviewed: (count: number) => string
    responses: (accepted: number, partly: number, rejected: number) => string
    byGroup: (name: string) => string
    consolidated: (groups: string, experts: string) => string
  }
}
