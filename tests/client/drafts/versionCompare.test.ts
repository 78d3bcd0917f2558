/** The compare page's model: pairs grouped article by article, filters, the jump list's counts. */
import { describe, expect, it } from 'vitest'
import { compareSections, countOps, filterSections } from '../../../client/features/drafts/versionCompare'
import { alignUnits } from '../../../shared/diff/align'
import { parseDraft } from '../../../shared/structure/index'

const V1 = [
  '1-modda. Maqsad',
  'Ushbu Qonunning maqsadi.',
  '2-modda. Ruxsat',
  'Organ oʻz xohishiga koʻra rad etadi.',
  '3-modda. Kuchga kirishi',
  'Qonun eʼlon qilingan kundan kuchga kiradi.',
].join('\n')
const V2 = [
  '1-modda. Maqsad',
  'Ushbu Qonunning maqsadi.',
  '2-modda. Ruxsat',
  'Organ qonunda belgilangan asoslarda rad etadi.',
  '3-modda. Yangi',
  'Yangi qoida.',
].join('\n')

describe('version compare model', () => {
  const a = parseDraft(V1, 'uz-Latn').units
  const b = parseDraft(V2, 'uz-Latn').units
  const pairs = alignUnits(a, b)
  const sections = compareSections(pairs, a, b)

  it('groups pairs under their article, in the new order, and counts changes', () => {
    expect(sections.map((s) => s.label)).toEqual(['1-modda', '2-modda', '3-modda', '3-modda'])
    expect(sections.map((s) => s.changes)).toEqual([0, 1, 2, 2])
    expect(countOps(pairs)).toEqual({ same: 3, changed: 1, added: 2, removed: 2 })
  })

  it('filters by what happened, keeping the article heading for context', () => {
    expect(filterSections(sections, 'changes')).toHaveLength(3)
    const changed = filterSections(sections, 'changed')
    expect(changed).toHaveLength(1)
    expect(changed[0]?.rows.map((r) => r.op)).toEqual(['same', 'changed'])
    expect(
      filterSections(sections, 'removed')
        .flatMap((s) => s.rows)
        .filter((r) => r.op === 'removed'),
    ).toHaveLength(2)
    expect(filterSections(sections, 'all')).toHaveLength(sections.length)
  })
})
