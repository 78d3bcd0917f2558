import { describe, expect, it } from 'vitest'
import { escapeHtml, writeHtml } from '../../../server/reports/html.js'
import { escapeMarkdown, writeMarkdown } from '../../../server/reports/markdown.js'
import { HOSTILE, hostileModel, sampleModel } from './inputs.js'

describe('writeHtml', () => {
  it('keeps user text as text: no script, no injected tags or attributes', () => {
    const html = writeHtml(hostileModel())
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<b>on<\/b>/)
    expect(html).not.toMatch(/<i>/)
    expect(html).toContain(escapeHtml('<script>alert("x")</script>'))
    expect(html).toContain(escapeHtml(HOSTILE.proposal))
    expect(html).toContain(escapeHtml(HOSTILE.title))
    // The only elements are our own: every tag name in the output is from a fixed list.
    const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()))
    const allowed = [
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'h1',
      'h2',
      'p',
      'dl',
      'dt',
      'dd',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'section',
      'span',
      'mark',
      'sup',
    ]
    expect([...tags].filter((t) => !allowed.includes(t))).toEqual([])
  })

  it('is print-ready: print stylesheet, repeated table header, marked quotes in the annex', () => {
    const model = sampleModel('en')
    const html = writeHtml(model)
    expect(html).toContain('@media print')
    expect(html).toContain('thead{display:table-header-group}')
    expect(html).toContain('<html lang="en">')
    for (const f of model.findings)
      expect(html).toContain(
        `<mark title="#${f.number}">${escapeHtml(f.quote)}</mark><sup class="ref">[${f.number}]</sup>`,
      )
  })
})

describe('writeMarkdown', () => {
  it('escapes Markdown and HTML metacharacters in user text', () => {
    const md = writeMarkdown(hostileModel())
    expect(md).not.toContain('<script')
    expect(md).not.toContain('<img')
    expect(md).not.toContain('[link](javascript')
    expect(md).toContain(escapeMarkdown(HOSTILE.title))
    expect(escapeMarkdown('a|b *c* <d>\n# e')).toBe('a\\|b \\*c\\* &lt;d> # e')
    // Ordinary punctuation stays as written; a line-start marker is escaped.
    expect(escapeMarkdown('5-modda (2-qism): 10.5 % - yoki!')).toBe('5-modda (2-qism): 10.5 % - yoki!')
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading')
    expect(escapeMarkdown('AT&T &amp;')).toBe('AT&T &amp;amp;')
    // Table rows stay intact: the quote's newline and pipes cannot break the row.
    const rows = md.split('\n').filter((l) => l.startsWith('| 1 |') || l.startsWith('| 2 |'))
    expect(rows).toHaveLength(2)
  })

  it('lists every finding as a table row with its number', () => {
    const model = sampleModel('ru', 5)
    const md = writeMarkdown(model)
    for (const f of model.findings)
      expect(md).toContain(`| ${f.number} | ${escapeMarkdown(f.unitLabel)} | «${escapeMarkdown(f.quote)}» |`)
  })
})
