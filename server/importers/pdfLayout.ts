import { enumMarker, structureStart } from '../../shared/structure/index.js'
import { isRoman, romanValue } from '../../shared/structure/lineText.js'

/** One text item of a PDF page as pdf.js reports it (PDF units, y grows upwards). */
export interface PdfItem {
  s: string
  x: number
  y: number
  w: number
  h: number
  /** pdf.js font id; a change of font (bold heading) separates paragraphs. */
  f?: string
}

interface Line {
  text: string
  x0: number
  x1: number
  y: number
  h: number
  firstWordWidth: number
  firstFont: string
  lastFont: string
}

const TERMINAL = /[.;:!?…]["'»”’)\]]*$/u
const PAGE_NUMBER =
  /^(?:\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|(?:page|стр\.?|bet)\s*\d{1,4}(?:\s*(?:of|из|dan)\s*\d{1,4})?)$/iu

/** Groups a page's items into lines by baseline, left to right. */
function pageLines(items: readonly PdfItem[]): Line[] {
  const sorted = items.filter((i) => i.s.length > 0).sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: Line[] = []
  let group: PdfItem[] = []
  const emit = () => {
    if (!group.length) return
    group.sort((a, b) => a.x - b.x)
    let text = ''
    let end = Number.NEGATIVE_INFINITY
    for (const it of group) {
      const gap = it.x - end
      if (text && gap > 0.15 * it.h && !/\s$/.test(text) && !/^\s/.test(it.s)) text += ' '
      text += it.s
      end = Math.max(end, it.x + it.w)
    }
    const first = group[0]
    const trimmed = first.s.trimStart()
    const word = /^\S+/.exec(trimmed)?.[0] ?? ''
    const firstWordWidth = trimmed.length ? (first.w * word.length) / first.s.length : 0
    const h = Math.max(...group.map((g) => g.h))
    const fonts = group.filter((g) => g.s.trim())
    const firstFont = fonts[0]?.f ?? ''
    const lastFont = fonts.at(-1)?.f ?? ''
    if (text.trim())
      lines.push({
        text: text.trim(),
        x0: first.x,
        x1: end,
        y: first.y,
        h,
        firstWordWidth,
        firstFont,
        lastFont,
      })
    group = []
  }
  for (const it of sorted) {
    const head = group[0]
    if (head && Math.abs(head.y - it.y) > 0.5 * Math.max(head.h, it.h, 1)) emit()
    group.push(it)
  }
  emit()
  return lines
}

/** Page numbers at the foot (or head) of most pages are furniture, not text of the draft. */
function dropPageNumbers(pages: Line[][]): Line[][] {
  const many = (pick: (ls: Line[]) => Line | undefined) =>
    pages.length >= 2 &&
    pages.filter((ls) => ls.length > 1 && PAGE_NUMBER.test(pick(ls)?.text ?? '')).length >= 0.5 * pages.length
  const foot = many((ls) => ls.at(-1))
  const head = many((ls) => ls[0])
  return pages.map((ls) => {
    let out = ls
    if (foot && out.length > 1 && PAGE_NUMBER.test(out[out.length - 1].text)) out = out.slice(0, -1)
    if (head && out.length > 1 && PAGE_NUMBER.test(out[0].text)) out = out.slice(1)
    return out
  })
}

function percentile(values: number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))]
}

/**
 * Rebuilds paragraphs from a PDF's text layer. A line continues the previous one when the
 * previous line reaches the right margin (justified text), or, in left-aligned text, when the
 * next line's first word would not have fitted after it and it does not end a sentence; a
 * heading ("5-modda", "Статья 3") starts a new line, and so do a first-line indent and extra
 * space above a line; a gap of more than one and a half lines is a blank line. Hyphenated words are rejoined when the whole word occurs elsewhere.
 */
export function pdfItemsToText(pages: readonly (readonly PdfItem[])[]): string {
  const all = dropPageNumbers(pages.map(pageLines))
  const flat = all.flat()
  if (!flat.length) return ''
  // The right margin: the 97th percentile of line ends ignores a few overlong lines.
  const edge = percentile(
    flat.map((l) => l.x1),
    flat.length >= 30 ? 0.97 : 1,
  )
  // The tightest common baseline distance is the line spacing inside a paragraph.
  const gaps = all
    .flatMap((ls) => ls.slice(1).map((l, i) => ({ gap: ls[i].y - l.y, h: l.h })))
    .filter((g) => g.gap >= 0.9 * g.h)
  const spacing = percentile(
    gaps.map((g) => g.gap),
    0.03,
  )
  const isSpaced = (gap: number, h: number) => spacing > 0 && gap > spacing + 0.15 * h && gap <= 1.6 * spacing
  // When paragraphs are set apart by space, that space alone tells wraps from paragraph ends.
  const usesSpacing = gaps.filter((g) => isSpaced(g.gap, g.h)).length >= 0.1 * gaps.length
  const tight = (l: Line) => edge - l.x1 <= Math.max(1, 0.1 * l.h)
  // In justified text wrapped lines end on the margin, so only those continue a paragraph.
  const justified = flat.filter(tight).length >= 0.1 * flat.length
  const allText = flat
    .map((l) => l.text)
    .join(' ')
    .toLowerCase()
  const words = new Map<string, number>()
  for (const w of [...(allText.match(/\p{L}+/gu) ?? []), ...(allText.match(/\p{L}+-\p{L}+/gu) ?? [])]) {
    words.set(w, (words.get(w) ?? 0) + 1)
  }
  const out: string[] = []
  let para = ''
  let prev: Line | null = null
  const lastItem = new Map<string, string>()
  for (const ls of all) {
    ls.forEach((line, i) => {
      const gap = i > 0 && prev ? prev.y - line.y : 0
      const blank = spacing > 0 && gap > 1.6 * spacing
      // Space between paragraphs (Word's "spacing after") separates them too.
      const spaced = spacing > 0 && gap > spacing + 0.15 * line.h
      const joins =
        usesSpacing && i > 0 && prev
          ? !(structureStart(line.text) === 'heading' && line.firstFont !== prev.lastFont)
          : continues(prev, line, edge, justified, lastItem)
      if (prev && !spaced && para && joins) {
        para = joinWrapped(para, line.text, words)
      } else {
        if (para) out.push(para)
        if (blank) out.push('')
        para = line.text
        const m = enumMarker(para)
        if (m?.type === 'enum') lastItem.set(m.style, m.number)
      }
      prev = line
    })
  }
  if (para) out.push(para)
  return out.join('\n')
}

function continues(
  prev: Line | null,
  line: Line,
  edge: number,
  justified: boolean,
  lastItem: Map<string, string>,
): boolean {
  if (!prev) return false
  // A first-line indent starts a paragraph.
  if (line.x0 > prev.x0 + 0.5 * line.h) return false
  const start = structureStart(line.text)
  const sameFont = line.firstFont === prev.lastFont
  const slack = edge - prev.x1
  if (slack <= Math.max(1, 0.1 * prev.h)) {
    // A full line wraps even onto "Sec. 2." or "210." in running text, but a bold heading or
    // "(3)" after "(2)" starts anew.
    if (start === 'heading') return sameFont
    const m = start === 'item' ? enumMarker(line.text) : null
    return !(m?.type === 'enum' && nextInSequence(m.number, lastItem.get(m.style)))
  }
  if (start === 'heading') return false
  if (justified || start === 'item') return false
  const space = 0.3 * prev.h
  return slack < line.firstWordWidth + space && !TERMINAL.test(prev.text)
}

function joinWrapped(para: string, next: string, words: Map<string, number>): string {
  const hy = /(\p{L}+)-$/u.exec(para)
  const head = /^(\p{L}+)/u.exec(next)
  if (hy && head) {
    // "regu-" + "lation": drop the hyphen only when "regulation" recurs in this document and
    // "regu-lation" does not; otherwise it is a compound ("chora-tadbirlar") and stays.
    const whole = (hy[1] + head[1]).toLowerCase()
    const soft =
      /^\p{Ll}/u.test(head[1]) &&
      (words.get(whole) ?? 0) >= 2 &&
      !words.has(`${hy[1]}-${head[1]}`.toLowerCase())
    return soft ? para.slice(0, -1) + next : para + next
  }
  return `${para} ${next}`
}

/** True when `n` starts a list (1, a, i) or follows `prev` (2 after 1, b after a, iv after iii). */
function nextInSequence(n: string, prev: string | undefined): boolean {
  const digits = /^\d+$/.test(n)
  if (digits) return n === '1' || (prev !== undefined && /^\d+$/.test(prev) && Number(n) === Number(prev) + 1)
  if (n.length === 1 && /[aаiI]/u.test(n) && (n === 'a' || n === 'а' || n === 'A' || n === 'А' || !prev))
    return true
  if (prev === undefined) return false
  if (isRoman(n) && isRoman(prev) && romanValue(n) === romanValue(prev) + 1) return true
  return n.length === 1 && prev.length === 1 && (n.codePointAt(0) ?? 0) === (prev.codePointAt(0) ?? 0) + 1
}
