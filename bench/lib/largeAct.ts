/**
 * A large, realistic act for the big-draft benchmarks: the real Uzbek Latin laws in `fixtures/`
 * (article by article), repeated with the chapters and articles renumbered until the text reaches the
 * wanted size. Parts and points stay as the lawmakers wrote them, so the parser sees real structure.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './measure.js'

const SOURCES = ['uz-latn-anticorruption-law.txt', 'uz-latn-entrepreneurship-freedom-guarantees-law.txt']
const ARTICLE = /^\d+-modda\.\s*(.*)$/
const CHAPTER = /^\d+-bob\.\s*(.*)$/

/** One article of a source law: its heading text (after the number) and its body lines. */
export type SourceArticle = { heading: string; body: string[] }

/** The articles of the fixture laws, in order (headers above `---` and chapter lines left out). */
export function fixtureArticles(): { articles: SourceArticle[]; chapters: string[] } {
  const articles: SourceArticle[] = []
  const chapters: string[] = []
  for (const name of SOURCES) {
    const raw = readFileSync(join(ROOT, 'fixtures', name), 'utf8')
    const text = raw.slice(raw.indexOf('\n---\n') + 5)
    let current: SourceArticle | null = null
    for (const line of text.split('\n').map((l) => l.trim())) {
      if (!line) continue
      const chapter = CHAPTER.exec(line)
      const article = ARTICLE.exec(line)
      if (chapter) {
        chapters.push(chapter[1] ?? '')
        current = null
      } else if (article) {
        current = { heading: article[1] ?? '', body: [] }
        articles.push(current)
      } else if (current) current.body.push(line)
    }
  }
  if (!articles.length) throw new Error('no articles found in the fixtures')
  return { articles, chapters }
}

/** A Uzbek Latin act of at least `targetBytes` UTF-8 bytes: chapters of 10 renumbered articles. */
export function buildLargeAct(targetBytes = 1.5 * 1024 * 1024): { text: string; articles: number; bytes: number } {
  const { articles, chapters } = fixtureArticles()
  const out: string[] = ['OʻZBEKISTON RESPUBLIKASINING QONUNI', 'MA’MURIY TARTIB-TAOMILLAR TOʻGʻRISIDA (sinov uchun yigʻilgan matn)']
  let bytes = 0
  let n = 0
  while (bytes < targetBytes) {
    const src = articles[n % articles.length]!
    if (n % 10 === 0) {
      const line = `${n / 10 + 1}-bob. ${chapters[(n / 10) % chapters.length] ?? 'Qoidalar'}`
      out.push(line)
      bytes += Buffer.byteLength(line) + 1
    }
    n++
    for (const line of [`${n}-modda. ${src.heading}`, ...src.body]) {
      out.push(line)
      bytes += Buffer.byteLength(line) + 1
    }
  }
  const text = out.join('\n')
  return { text, articles: n, bytes: Buffer.byteLength(text) }
}
