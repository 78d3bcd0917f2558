/**
 * Revising a real act for the diff tests: the fixture is cut into articles, articles are inserted,
 * deleted, moved and edited, and the text is rendered again with the articles renumbered in order,
 * as a drafting body's next version would be.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LanguageTag } from '../../../shared/domain/language.js'
import { transliterate } from '../../../shared/translit/index.js'

/** A fixture's act text (the SOURCE/NOTE header above `---` left out). */
export function fixtureText(name: string): string {
  const raw = readFileSync(join(__dirname, '../../../fixtures', name), 'utf8')
  return raw.slice(raw.indexOf('\n---\n') + 5)
}

/** One article: its heading after the number, and its body lines. */
export type Article = { rest: string; body: string[] }
type Item = { line: string } | { article: Article }

/** An act as lines and renumberable articles. */
export type Act = { items: Item[]; articles: Article[] }

/** How a language writes an article heading. */
export type Convention = {
  lang: LanguageTag
  text: () => string
  heading: RegExp
  format: (n: number, rest: string) => string
}

export const CONVENTIONS: Record<'uz-Latn' | 'uz-Cyrl' | 'ru', Convention> = {
  'uz-Latn': {
    lang: 'uz-Latn',
    text: () => fixtureText('uz-latn-anticorruption-law.txt'),
    heading: /^(\d+)-modda\.\s*(.*)$/,
    format: (n, rest) => `${n}-modda. ${rest}`,
  },
  'uz-Cyrl': {
    lang: 'uz-Cyrl',
    text: () => transliterate(fixtureText('uz-latn-anticorruption-law.txt'), 'uz-Cyrl'),
    heading: /^(\d+)-модда\.\s*(.*)$/,
    format: (n, rest) => `${n}-модда. ${rest}`,
  },
  ru: {
    lang: 'ru',
    text: () => fixtureText('ru-uz-labor-code-parts-1-3.txt'),
    heading: /^Статья (\d+)\.\s*(.*)$/,
    format: (n, rest) => `Статья ${n}. ${rest}`,
  },
}

/** Cut an act into lines and articles. */
export function cut(text: string, c: Convention): Act {
  const items: Item[] = []
  const articles: Article[] = []
  let current: Article | null = null
  for (const line of text.split('\n')) {
    const m = c.heading.exec(line.trim())
    if (m) {
      current = { rest: m[2] ?? '', body: [] }
      articles.push(current)
      items.push({ article: current })
    } else if (current && line.trim() && !/^(\d+-(bob|боб)\.|Глава|РАЗДЕЛ|§|ЧАСТЬ)/.test(line.trim()))
      current.body.push(line)
    else {
      current = null
      items.push({ line })
    }
  }
  return { items, articles }
}

/** The act's text with its articles numbered 1, 2, … in order. */
export function render(act: Act, c: Convention): string {
  let n = 0
  const out: string[] = []
  for (const item of act.items) {
    if ('line' in item) out.push(item.line)
    else out.push(c.format(++n, item.article.rest), ...item.article.body)
  }
  return out.join('\n')
}

/** A copy whose articles can be changed without touching the original. */
export function copy(act: Act): Act {
  const map = new Map(act.articles.map((a) => [a, { rest: a.rest, body: [...a.body] }]))
  return {
    items: act.items.map((i) => ('line' in i ? i : { article: map.get(i.article) as Article })),
    articles: act.articles.map((a) => map.get(a) as Article),
  }
}

/** Insert `article` right after the `index`-th article. */
export function insertAfter(act: Act, index: number, article: Article): void {
  const at = act.items.findIndex((i) => 'article' in i && i.article === act.articles[index])
  act.items.splice(at + 1, 0, { article })
}

/** Take out the `index`-th article (returned, for moving). */
export function remove(act: Act, index: number): Item {
  const at = act.items.findIndex((i) => 'article' in i && i.article === act.articles[index])
  return act.items.splice(at, 1)[0] as Item
}

/** Move the `index`-th article to right after the `after`-th. */
export function move(act: Act, index: number, after: number): void {
  const item = remove(act, index)
  const at = act.items.findIndex((i) => 'article' in i && i.article === act.articles[after])
  act.items.splice(at + 1, 0, item)
}
