/** Report inputs for the writer tests: the realistic sample, and one full of hostile text. */

import type { Unit } from '../../../shared/domain/draft.js'
import type { Finding } from '../../../shared/domain/finding.js'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { buildReport, type ReportInput, type ReportModel } from '../../../shared/reports/model.js'
import { sampleReportInput } from '../../helpers/reportSample.js'

/** Text a writer must never let through as markup, formula or structure. */
export const HOSTILE = {
  title: 'Law <b>on</b> "fees" & <script>alert(1)</script>',
  unit: 'Fees <script>alert("x")</script> are set, "as needed",\nby the *ministry* | [link](javascript:alert(1)).',
  rationale: '=HYPERLINK("http://evil.example","click")',
  proposal: '+1 <img src=x onerror=alert(1)>',
  groupName: '@SUM(A1:A9)',
  reason: '-2 "quoted",\r\nnext line',
  tabbed: '\tTAB',
}

/** A model in `lang` whose draft, findings and names carry the hostile strings. */
export function hostileModel(lang: LanguageTag = 'en'): ReportModel {
  const base = sampleReportInput({ lang, articles: 1, findings: 0 })
  const units: Unit[] = [
    {
      id: 'a1',
      kind: 'article',
      number: '1',
      label: 'Article 1 <i>',
      parentId: null,
      text: 'Article 1. Fees',
    },
    { id: 'a1p1', kind: 'part', number: '1', label: 'Article 1(1)', parentId: 'a1', text: HOSTILE.unit },
  ]
  const span = (needle: string) => ({
    start: HOSTILE.unit.indexOf(needle),
    end: HOSTILE.unit.indexOf(needle) + needle.length,
    quote: needle,
  })
  const finding = (id: string, needle: string, over: Partial<Finding>): Finding => ({
    id,
    groupId: 'consolidated',
    unitId: 'a1p1',
    unitLabel: 'Article 1(1)',
    ...span(needle),
    factorIds: ['blanket-norm'],
    risk: 'high',
    status: 'open',
    rationale: '',
    proposal: '',
    author: { id: 'e', name: 'Expert' },
    createdAt: '2026-11-27T10:00:00Z',
    ...over,
  })
  const input: ReportInput = {
    ...base,
    draft: { ...base.draft, title: HOSTILE.title, units },
    review: { ...base.review, groups: [{ id: 'g1', name: HOSTILE.groupName }] },
    findings: [
      finding('h1', '<script>alert("x")</script>', {
        rationale: HOSTILE.rationale,
        proposal: HOSTILE.proposal,
        sources: [{ groupId: 'g1', findingId: 'x1' }],
      }),
      finding('h2', '"as needed",\nby the *ministry*', {
        rationale: HOSTILE.tabbed,
        proposal: HOSTILE.reason,
        factorIds: ['vague-terms', 'optional-powers'],
        response: {
          status: 'rejected',
          reason: HOSTILE.reason,
          recordedAt: '2026-11-28T00:00:00Z',
          recordedBy: { id: 's', name: 'S' },
        },
      }),
    ],
    checklist: {},
  }
  return buildReport(input)
}

/** The sample model (Uzbek Latin draft) in `lang`. */
export function sampleModel(lang: LanguageTag, findings = 6): ReportModel {
  return buildReport(sampleReportInput({ lang, articles: 2, findings }))
}
