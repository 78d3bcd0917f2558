import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDraft } from '../../../shared/structure/index.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures', name), 'utf8')

// A draft pasted as raw Markdown (no importer in between) keeps `###` and `**`; the numbering must
// still be found, and no character may be lost.
describe('pasted Markdown', () => {
  it('finds the articles of the Russian Constitution under ### headings', () => {
    const text = fixture('ru-constitution-rf.md')
    const { units, language } = parseDraft(text)
    expect(language).toBe('ru')
    const articles = units.filter((u) => u.kind === 'article')
    expect(articles).toHaveLength((text.match(/^#+\s*Статья \d+/gm) ?? []).length)
    expect(articles[0]!.label).toBe('Статья 1')
    expect(
      units
        .map((u) => u.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(text.replace(/\s/g, ''))
  })

  it('finds US sections under #### headings', () => {
    const text = fixture('en-us-hr1000-ih-jobs-for-all-bill.md')
    const articles = parseDraft(text).units.filter((u) => u.kind === 'article')
    expect(articles.length).toBe((text.match(/^#+\s*(SECTION|SEC\.) \d+/gm) ?? []).length)
  })

  it('reads bold Uzbek article headings', () => {
    const { units } = parseDraft(
      '**1-modda.** Maqsad\nUshbu Qonunning maqsadi.\n**2-modda.** Asosiy tushunchalar\nMatn.',
      'uz-Latn',
    )
    expect(units.filter((u) => u.kind === 'article').map((u) => u.label)).toEqual(['1-modda', '2-modda'])
  })
})
