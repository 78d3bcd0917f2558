import { describe, expect, it } from 'vitest'
import { builtinPacks, nameStanding } from '../../../shared/methodology/index.js'
import { mergeChecklists } from '../../../shared/reports/checklist.js'

describe('mergeChecklists', () => {
  it('counts an article as checked when any group checked it; found beats none', () => {
    const merged = mergeChecklists(
      [{ a1: 'none', a2: 'unreviewed', a3: 'none' }, { a1: 'found', a3: 'unreviewed' }, { a4: 'unreviewed' }],
      {},
    )
    expect(merged).toEqual({ a1: 'found', a3: 'none' })
  })

  it('lets the experts’ own mark win, "not reviewed" included', () => {
    const merged = mergeChecklists([{ a1: 'found', a2: 'none' }], {
      a1: 'none',
      a2: 'unreviewed',
      a5: 'found',
    })
    expect(merged).toEqual({ a1: 'none', a2: 'unreviewed', a5: 'found' })
  })
})

describe('nameStanding', () => {
  const byId = new Map(builtinPacks().map((p) => [p.id, p]))
  it('labels Decree 96 official only in Russian; its uz and en names are translations', () => {
    const decree = byId.get('ru-decree-96')
    if (!decree) throw new Error('pack')
    expect(nameStanding(decree, 'ru')).toBe('official')
    for (const lang of ['en', 'uz-Latn', 'uz-Cyrl']) expect(nameStanding(decree, lang)).toBe('translation')
  })

  it('labels the Uzbek reconstruction and RAI working names in every language', () => {
    for (const id of ['uz-2021-regulation-3287', 'rai-2014-corruption-proofing']) {
      const pack = byId.get(id)
      if (!pack) throw new Error(id)
      for (const lang of ['en', 'ru', 'uz-Latn', 'uz-Cyrl']) expect(nameStanding(pack, lang)).toBe('working')
    }
  })
})

describe('report notices', () => {
  it('marks Decree 96 names as a translation in an English report and says nothing in a Russian one', async () => {
    const { buildReport } = await import('../../../shared/reports/model.js')
    const { sampleReportInput } = await import('../../helpers/reportSample.js')
    const decree = builtinPacks().find((p) => p.id === 'ru-decree-96')
    if (!decree) throw new Error('pack')
    const en = buildReport({ ...sampleReportInput({ lang: 'en', findings: 0 }), pack: decree })
    expect(en.notices.join(' ')).toContain('translation of the official text (Russian)')
    expect(en.form.basis).toContain('172-FZ')
    const ru = buildReport({
      ...sampleReportInput({ lang: 'ru', scope: 'group', findings: 0 }),
      pack: decree,
    })
    expect(ru.notices).toEqual([])
    expect(ru.signatories).toEqual(['Aziz Karimov', 'Malika Yusupova'])
  })
})
