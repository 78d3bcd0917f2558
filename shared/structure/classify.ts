import type { LanguageTag } from '../domain/language.js'
import { attachEditorialNotes } from './editorialNotes.js'
import { endsParagraph, toSuperscript } from './lineText.js'
import { hasUsSections, lineMarker, type Marker } from './markers.js'
import { readUkLayout } from './ukStyle.js'

/**
 * One line of the draft with what it opens; `prefix` lines belong to the next annex heading,
 * `attach` lines to the unit just above them (a schedule's title, a contents list).
 */
export interface ClassifiedLine {
  text: string
  blankBefore: boolean
  marker: Marker | null
  prefix: boolean
  attach: boolean
  /** The words after a list's last item: they continue the list's owner (UK acts). */
  tail?: boolean
}

/** Splits a draft into trimmed non-blank lines and recognises the markers each one opens. */
export function classifyLines(text: string, language: LanguageTag): ClassifiedLine[] {
  const raw = text.split('\n')
  let lines: ClassifiedLine[] = []
  let blank = false
  for (const r of raw) {
    const t = r.trim()
    if (!t) {
      blank = true
      continue
    }
    lines.push({ text: t, blankBefore: blank, marker: null, prefix: false, attach: false })
    blank = false
  }
  const ukStyle = language === 'en' && !hasUsSections(lines.map((l) => withoutMarkup(l.text)))
  for (const l of lines) l.marker = lineMarker(withoutMarkup(l.text), language, ukStyle)
  if (ukStyle) lines = readUkLayout(lines)
  attachEditorialNotes(lines)
  demoteTableOfContents(lines)
  restoreInsertedArticles(lines)
  markSignatureLeads(lines)
  markAnnexPrefixes(lines)
  return lines
}

const SIGNER_COUNTRY = /^(?:Ўзбекистон Республикаси(?:нинг)?|O[ʻ‘'’`]?zbekiston Respublikasi(?:ning)?)$/u

/**
 * "Ўзбекистон Республикасининг" on its own line above "Бош вазири А. АРИПОВ" is the first line
 * of the signature block, not a paragraph of the last point.
 */
function markSignatureLeads(lines: ClassifiedLine[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]
    if (!l.marker && lines[i + 1].marker?.type === 'signature' && SIGNER_COUNTRY.test(l.text))
      l.marker = { type: 'signature' }
  }
}

/**
 * Pasted Markdown keeps its heading hashes and bold stars (`### Статья 1`, `**1-modda.**`); they are
 * not part of the numbering, so markers are read without them. The unit text keeps every character.
 */
function withoutMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.+?)\*\*/, '$1')
    .replace(/^__(.+?)__/, '$1')
}

function headingKey(m: Marker | null): string | null {
  if (!m) return null
  if (m.type === 'article') return `a:${m.number}`
  if (m.type === 'division') return `d:${m.keyword}:${m.number ?? m.title}`
  return null
}

/**
 * A table of contents repeats headings: an entry is followed straight by another heading and the
 * same heading comes again later. Such entries are plain text, not units of their own.
 */
function demoteTableOfContents(lines: ClassifiedLine[]): void {
  const lastIndex = new Map<string, number>()
  lines.forEach((l, i) => {
    const k = headingKey(l.marker)
    if (k) lastIndex.set(k, i)
  })
  for (let i = 0; i < lines.length - 1; i++) {
    const k = headingKey(lines[i].marker)
    if (!k || (lastIndex.get(k) ?? i) <= i) continue
    if (headingKey(lines[i + 1].marker) !== null) lines[i].marker = null
  }
}

/**
 * Plain-text exports flatten superscripts: "18¹-modda" arrives as "181-modda". When a number
 * breaks the sequence, is the previous number (or the next one, repealed and gone: 47, "481", 49)
 * with a digit or two added, and the sequence resumes after it (below the flattened number), read
 * it as an inserted article.
 */
function restoreInsertedArticles(lines: ClassifiedLine[]): void {
  const articles = lines.filter((l) => l.marker?.type === 'article')
  let base = -1
  for (let i = 0; i < articles.length; i++) {
    const m = articles[i].marker
    if (m?.type !== 'article' || !/^\d+$/.test(m.number)) continue
    const inserted = base >= 0 && m.integer !== base + 1 ? insertedNumber(m.number, base, articles, i) : null
    if (inserted) articles[i].marker = { ...m, number: inserted.number, integer: inserted.integer }
    else base = m.integer
  }
}

/** "481" after 47 or 48 as 48¹, when the article after it resumes the sequence from 48. */
function insertedNumber(
  number: string,
  base: number,
  articles: ClassifiedLine[],
  at: number,
): { number: string; integer: number } | null {
  const nextInt = nextArticleInteger(articles, at + 1)
  for (const host of [base, base + 1]) {
    const rest = number.slice(String(host).length)
    if (!number.startsWith(String(host)) || !/^[1-9]\d?$/.test(rest)) continue
    if (host === base + 1 && rest.length > 1) continue
    const resumes = nextInt !== null && nextInt > host && nextInt < Number(number)
    if (nextInt === null || resumes || String(nextInt).startsWith(String(host)))
      return { number: String(host) + toSuperscript(rest), integer: host }
  }
  return null
}

function nextArticleInteger(articles: ClassifiedLine[], from: number): number | null {
  const m = articles[from]?.marker
  return m?.type === 'article' ? m.integer : null
}

const ATTACHED_TO =
  /(?:ga|га|ge|ге)$|(?:^|\s)к\s+\S|(?:qaror|farmon|buyrug|nizom|қарор|фармон|буйруғ|низом)\S*(?:ga|га)\b/iu

/**
 * The lines just above an annex heading ("… ПҚ-282-сон қарорига / 1-ИЛОВА") name the act it is
 * attached to; they belong to the annex, not to the signature block before it.
 */
function markAnnexPrefixes(lines: ClassifiedLine[]): void {
  lines.forEach((l, i) => {
    if (l.marker?.type !== 'annex' || l.blankBefore || i === 0) return
    if (!ATTACHED_TO.test(lines[i - 1].text)) return
    for (let j = i - 1, taken = 0; j >= 0 && taken < 4; j--, taken++) {
      const p = lines[j]
      if (p.marker || p.text.length > 70 || endsParagraph(p.text) || /[,]$/.test(p.text)) break
      // The act's own number under the signature ("123-сон") ends the search; a dated line of
      // the reference ("2025 йил 5 мартдаги 123-сон") is part of it.
      const numberLine = /-(?:son|сон)$|№\s*\S+$/u.test(p.text) && !/(?:даги|dagi)\s/u.test(p.text)
      if (numberLine && j < i - 1) break
      p.prefix = true
      if (p.blankBefore) break
    }
  })
}
