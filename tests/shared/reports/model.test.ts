import { describe, expect, it } from 'vitest'
import { LANGUAGE_TAGS } from '../../../shared/domain/language.js'
import { reportText } from '../../../shared/reports/i18n.js'
import { buildReport, type ReportInput, ReportModelSchema } from '../../../shared/reports/model.js'
import { finding, unit } from './fixtures.js'

const name = (en: string, ru: string, uzLatn: string, uzCyrl: string) => ({
  en,
  ru,
  'uz-Latn': uzLatn,
  'uz-Cyrl': uzCyrl,
})

const units = [
  unit('a1', 'Article 1. Licences', { kind: 'article' }),
  unit('a1p1', 'The authority may, at its discretion, refuse a licence.', { parentId: 'a1' }),
  unit('a1p2', 'Other grounds may be set by the ministry.', { parentId: 'a1' }),
  unit('a2', 'Article 2. Fees', { kind: 'article' }),
  unit('a2p1', 'Fees are set by the ministry.', { parentId: 'a2' }),
  unit('a3', 'Article 3. Entry into force', { kind: 'article' }),
  unit('a3p1', '', { parentId: 'a3' }),
]

function input(over: Partial<ReportInput> = {}): ReportInput {
  return {
    lang: 'ru',
    scope: { kind: 'consolidated', name: 'Consolidated' },
    draft: {
      title: 'On licences',
      language: 'en',
      versionNumber: 3,
      versionId: 'v3',
      versionCreatedAt: '2026-11-20T08:00:00Z',
      units,
    },
    review: {
      title: 'Seminar',
      createdAt: '2026-11-27T08:00:00Z',
      groups: [
        { id: 'g1', name: 'Alpha' },
        { id: 'g2', name: 'Beta' },
      ],
      experts: ['E. Expert'],
    },
    pack: {
      id: 'p',
      title: 'Pack',
      version: '1.0.0',
      groups: [
        { id: 'G1', name: name('Discretion', 'Дискреция', 'Diskretsiya', 'Дискреция') },
        { id: 'G2', name: name('Gaps', 'Пробелы', 'Boʻshliqlar', 'Бўшлиқлар') },
      ],
      factors: [
        {
          id: 'f1',
          groupId: 'G1',
          name: name('Optional powers', 'Формула «вправе»', 'Haqli formulasi', 'Ҳақли формуласи'),
        },
        {
          id: 'f2',
          groupId: 'G1',
          name: name('Open grounds', 'Открытые основания', 'Ochiq asoslar', 'Очиқ асослар'),
        },
        {
          id: 'f3',
          groupId: 'G2',
          name: name('Blanket norm', 'Бланкетная норма', 'Blanket norma', 'Бланкет норма'),
        },
      ],
    },
    findings: [
      finding('consolidated', 'a2p1', 13, 28, ['f3'], {
        id: 'late',
        risk: 'low',
        sources: [{ groupId: 'g2', findingId: 'x9' }],
      }),
      finding('consolidated', 'a1p1', 25, 36, ['f1', 'f2'], {
        id: 'second',
        risk: 'high',
        proposalKind: 'delete',
        proposal: 'Delete it.',
      }),
      finding('consolidated', 'a1p1', 14, 17, ['f1'], {
        id: 'first',
        risk: 'high',
        sources: [{ groupId: 'g1', findingId: 'x1' }],
        response: {
          status: 'accepted',
          reason: 'OK',
          recordedAt: '2026-11-28T00:00:00Z',
          recordedBy: { id: 's', name: 'Staff' },
        },
      }),
      finding('consolidated', 'a1p2', 0, 999, [], { id: 'clamped', risk: 'medium' }),
      finding('consolidated', 'a2p1', 0, 4, ['f1'], { id: 'dropped', status: 'rejected' }),
    ],
    checklist: { a1: 'found', a2: 'none', a3: 'unreviewed' },
    generatedAt: '2026-11-28T15:00:00Z',
    ...over,
  }
}

describe('buildReport', () => {
  it('numbers findings in document order and leaves rejected ones out', () => {
    const model = buildReport(input())
    expect(model.findings.map((f) => [f.number, f.id])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'clamped'],
      [4, 'late'],
    ])
    expect(model.summary.rejectedOmitted).toBe(1)
    expect(buildReport(input({ includeRejected: true })).findings).toHaveLength(5)
  })

  it('names factors in the report language and fills quotes from the unit text', () => {
    const model = buildReport(input())
    const first = model.findings[0]
    expect(first.factors).toEqual([
      { id: 'f1', name: 'Формула «вправе»', groupId: 'G1', groupName: 'Дискреция' },
    ])
    expect(first.quote).toBe('may')
    expect(first.unitLabel).toBe('A1P1')
    const clamped = model.findings[2]
    expect([clamped.start, clamped.end, clamped.quote]).toEqual([
      0,
      41,
      'Other grounds may be set by the ministry.',
    ])
    expect(buildReport(input({ lang: 'uz-Cyrl' })).findings[0].factors[0].name).toBe('Ҳақли формуласи')
  })

  it('keeps sources (with group names) and the drafting body’s response in the consolidated scope only', () => {
    const consolidated = buildReport(input())
    expect(consolidated.findings[0].sources).toEqual([{ groupId: 'g1', groupName: 'Alpha', findingId: 'x1' }])
    expect(consolidated.findings[0].response?.status).toBe('accepted')
    const group = buildReport(input({ scope: { kind: 'group', name: 'Alpha' } }))
    expect(group.findings[0].sources).toEqual([])
    expect(group.scope.label).toBe('Группа: Alpha')
  })

  it('summarises by risk, factor group and factor, and articles from the checklist', () => {
    const s = buildReport(input()).summary
    expect(s.findings).toBe(4)
    expect(s.byRisk).toEqual({ high: 2, medium: 1, low: 1 })
    // "second" has f1 and f2, both in G1: it counts once for G1.
    expect(s.byFactorGroup).toEqual([
      { id: 'G1', name: 'Дискреция', count: 2 },
      { id: 'G2', name: 'Пробелы', count: 1 },
    ])
    expect(s.byFactor.map((f) => [f.id, f.count])).toEqual([
      ['f1', 2],
      ['f2', 1],
      ['f3', 1],
    ])
    expect(s.untagged).toBe(1)
    // a1 found (checklist and findings), a2 marked "none" but has a finding → with findings; a3 unreviewed.
    expect(s.articles).toEqual({ total: 3, checked: 2, withFindings: 2, unreviewed: 1 })
    expect(s.responses).toEqual({ accepted: 1, partly: 0, rejected: 0 })
  })

  it('writes the concluding section in each language from the counts', () => {
    for (const lang of LANGUAGE_TAGS) {
      const model = buildReport(input({ lang }))
      const text = model.conclusion.join('\n')
      const c = reportText(lang).conclusion
      expect(text).toContain(c.recommendation)
      expect(text).toContain(c.unreviewed(1))
      expect(text).toContain(c.responses(1, 0, 0))
      expect(text).toContain('On licences')
      expect(model.title).toBe(reportText(lang).reportTitle)
    }
    const ru = buildReport(input()).conclusion.join('\n')
    expect(ru).toContain('выявлено замечаний о коррупциогенных факторах: 4; затронуто статей: 2 из 3')
    expect(ru).toContain('Наиболее часто выявлялся фактор «Формула «вправе»»')
    const empty = buildReport(input({ lang: 'uz-Latn', findings: [] })).conclusion.join('\n')
    expect(empty).toContain('korrupsiogen omillar aniqlanmadi')
    expect(empty).not.toContain(reportText('uz-Latn').conclusion.recommendation)
  })

  it('produces a model the schema accepts, with the act, review and non-blank units', () => {
    const model = buildReport(input())
    expect(ReportModelSchema.safeParse(model).success).toBe(true)
    expect(model.act).toEqual({
      title: 'On licences',
      language: 'en',
      versionId: 'v3',
      versionNumber: 3,
      date: '2026-11-20T08:00:00Z',
    })
    expect(model.review.pack).toEqual({ id: 'p', title: 'Pack', version: '1.0.0' })
    expect(model.units.map((u) => u.id)).toEqual(['a1', 'a1p1', 'a1p2', 'a2', 'a2p1', 'a3'])
    expect(
      ReportModelSchema.safeParse({ ...model, findings: [{ ...model.findings[0], risk: 'extreme' }] })
        .success,
    ).toBe(false)
  })
})
