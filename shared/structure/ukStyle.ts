import type { ClassifiedLine } from './classify.js'
import { caseClass, endsParagraph } from './lineText.js'
import type { Marker } from './markers.js'
import { markListTails, markQuotedInsertions, markSchedulesBanner } from './ukLists.js'

/**
 * Reading of acts drafted in the UK tradition (Westminster, Scottish Parliament, Senedd):
 * sections headed "35 Conditions of membership" or opened by "35.—(1)", a CONTENTS list that
 * repeats every heading, italic cross-headings between sections and schedules whose
 * paragraphs are numbered "1", "2 (1)". Runs after every line has its ordinary marker.
 */
export function readUkLayout(input: ClassifiedLine[]): ClassifiedLine[] {
  demoteContents(input)
  markQuotedInsertions(input)
  const lines = splitNumberedOpeners(input)
  attachTitleLines(lines)
  keepSectionSequence(lines)
  markCrossHeadings(lines)
  markListTails(lines)
  markSchedulesBanner(lines)
  return lines
}

// "35.—(1) A person …" (older Westminster layout): the section number, then subsection (1).
const DASH_SECTION = /^(\d{1,3}[A-Z]{0,2})\.?\s?[—–]\s*(?=\(\d)/u
// "2 (1) A board consists of—" or "1 A board is not …" inside a schedule.
const SCHEDULE_PARAGRAPH = /^(\d{1,3}[A-Z]{0,2})(?:\s+|(?=\())(?=[(\p{Lu}“"‘])/u
const ENUM_OPENER = /^\(\d{1,3}[A-Z]?\)\s*\S/u

/** Splits "35.—(1) …" and a schedule's "2 (1) …" into the number's line and the subsection's line. */
function splitNumberedOpeners(input: ClassifiedLine[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = []
  let schedule = false
  for (const line of input) {
    const m = line.marker
    if (m?.type === 'annex') schedule = true
    if (line.attach) {
      out.push(line)
      continue
    }
    const dash = DASH_SECTION.exec(line.text)
    if (dash && !schedule) {
      const n = dash[1]
      out.push(...splitAt(line, dash[0].length, sectionMarker(n)))
      continue
    }
    const para =
      schedule && (!m || m.type === 'article' || m.type === 'enum')
        ? SCHEDULE_PARAGRAPH.exec(line.text)
        : null
    if (!para || (m?.type === 'enum' && m.style !== 'n.')) {
      out.push(line)
      continue
    }
    const point: Marker = { type: 'enum', style: 'n.', number: para[1] }
    if (ENUM_OPENER.test(line.text.slice(para[0].length))) out.push(...splitAt(line, para[0].length, point))
    else out.push({ ...line, marker: point })
  }
  return out
}

const sectionMarker = (n: string): Marker => ({
  type: 'article',
  number: n,
  title: '',
  integer: Number.parseInt(n, 10),
})

function splitAt(line: ClassifiedLine, at: number, head: Marker): ClassifiedLine[] {
  const rest = line.text.slice(at).trim()
  const sub = /^\((\d{1,3}[A-Z]?)\)/u.exec(rest)
  return [
    { ...line, text: line.text.slice(0, at).trim(), marker: head },
    {
      text: rest,
      blankBefore: false,
      marker: sub ? { type: 'enum', style: '(n)', number: sub[1] } : null,
      prefix: false,
      attach: false,
    },
  ]
}

function key(m: Marker | null): string | null {
  if (m?.type === 'article') return `a:${m.number}`
  if (m?.type === 'division') return `d:${m.keyword}:${m.number}`
  if (m?.type === 'annex') return `s:${m.number}`
  return null
}

/**
 * A CONTENTS list names every Part, section and schedule that follows; its entries are plain
 * text (kept with the CONTENTS line as one unit), not a second copy of the act's structure.
 */
function demoteContents(lines: ClassifiedLine[]): void {
  const start = lines.findIndex((l) => /^(?:CONTENTS|Contents|ARRANGEMENT OF SECTIONS)$/u.test(l.text))
  if (start < 0) return
  const last = new Map<string, number>()
  lines.forEach((l, i) => {
    const k = key(l.marker)
    if (k) last.set(k, i)
  })
  for (let i = start + 1; i < lines.length; i++) {
    const k = key(lines[i].marker)
    const later = k !== null && (last.get(k) ?? i) > i
    // Part titles and cross-headings inside the list stand between entries that recur later.
    const between = k === null && !endsParagraph(lines[i].text) && lines[i].text.length <= 120
    if (!later && !(between && recursSoon(lines, i, last))) break
    lines[i].marker = null
    lines[i].attach = true
  }
}

/** True when one of the next three lines is a heading that comes again further on. */
function recursSoon(lines: ClassifiedLine[], i: number, last: Map<string, number>): boolean {
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
    const k = key(lines[j].marker)
    if (k !== null) return (last.get(k) ?? j) > j
  }
  return false
}

/**
 * "12 Offences" is a section only while sections run 1, 2, 3 … (a few repealed numbers may be
 * missing, "34A" may be inserted); elsewhere, and inside schedules, it is ordinary text.
 */
function keepSectionSequence(lines: ClassifiedLine[]): void {
  let expected = 1
  let schedule = false
  for (const l of lines) {
    if (l.marker?.type === 'annex') schedule = true
    if (!l.marker && !l.attach && !schedule) l.marker = repealedSection(l.text, expected)
    const m = l.marker
    if (m?.type !== 'article') continue
    const inserted = m.integer === expected - 1 && /[A-Z]$/.test(m.number)
    if (!schedule && (inserted || (m.integer >= expected && m.integer <= expected + 3))) {
      expected = m.integer + 1
    } else l.marker = null
  }
}

// A revised text prints a repealed section's heading after its amendment note: "F1010 Participating …"
// is note F10 on section 10.
const ANNOTATED_HEADING = /^F(\d{1,4})\s?(\p{Lu}[^;]{0,150})$/u

/** The heading of a repealed section that carries its amendment note's number, when the number is the next section's. */
function repealedSection(text: string, expected: number): Marker | null {
  const m = ANNOTATED_HEADING.exec(text)
  if (!m || /[.;:,]$/u.test(m[2])) return null
  for (let k = 1; k < m[1].length; k++) {
    const n = m[1].slice(-k)
    if (Number(n) === expected && !n.startsWith('0'))
      return { type: 'article', number: n, title: m[2], integer: expected }
  }
  return null
}

/**
 * An italic cross-heading ("Eligibility") is a short unpunctuated line that stands right before
 * a section, or before a schedule paragraph; it groups what follows up to the next one.
 */
function markCrossHeadings(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i]
    if (l.marker || l.attach || l.prefix) continue
    const next = lines[i + 1].marker
    const opensSection = next?.type === 'article' || (next?.type === 'enum' && next.style === 'n.')
    if (!opensSection || wrappedCrossHeading(lines, i) || !isHeadingText(l.text)) continue
    const prev = lines[i - 1]
    // The title line of "PART 1" / "CHAPTER 2" is that division's caption, not a cross-heading.
    if (prev.marker?.type === 'division' && !prev.marker.title) continue
    if (prev.marker?.type === 'annex') continue
    if (/^\(.*\)$/.test(prev.text) && lines[i - 2]?.marker?.type === 'annex') continue
    l.marker = { type: 'division', keyword: 'crossheading', number: null, title: l.text }
  }
}

/**
 * A cross-heading wrapped onto two lines ("Limitation periods under the Limitation (Northern" /
 * "Ireland) Order 1989 …"): its first line follows a finished paragraph, neither line is punctuated
 * like a sentence, and the second stands right before the section or paragraph they head.
 */
function wrappedCrossHeading(lines: ClassifiedLine[], i: number): boolean {
  const [before, first, second] = [lines[i - 2], lines[i - 1], lines[i]]
  if (!before || first.marker || first.attach || first.prefix || second.blankBefore) return false
  if (!isHeadingText(first.text) || caseClass(first.text) === 'upper') return false
  if (/[.;:,—–-]$/u.test(second.text) || first.text.length + second.text.length > 150) return false
  const finished = /[.;:”]$/u.test(before.text)
  if (!finished || before.marker?.type === 'division' || before.marker?.type === 'annex') return false
  const title = `${first.text} ${second.text}`
  first.marker = { type: 'division', keyword: 'crossheading', number: null, title }
  second.attach = true
  return true
}

function isHeadingText(t: string): boolean {
  return t.length <= 100 && /^\p{Lu}/u.test(t) && !/[.;:,—–-]$/u.test(t) && !/\(introduced by/.test(t)
}

const CITATION = /^\d{4}\s+(?:asp|c\.|CHAPTER|anaw|asc|nia)\s+\d+$/u
const LONG_TITLE = /^An Act (?:of the Scottish Parliament )?to\s/u
const INTRODUCED_BY = /^\((?:introduced by|as introduced by)\s.*\)$/u

/**
 * Lines that belong to the unit above them: the "2026 asp 7" citation under the short title,
 * and under "SCHEDULE 1" its "(introduced by section 1)" note and its capitalised title.
 */
function attachTitleLines(lines: ClassifiedLine[]): void {
  lines.forEach((l, i) => {
    if (i === 0 || l.marker) return
    const prev = lines[i - 1]
    // The long title is a paragraph of its own even when the short title above has no full stop.
    if (LONG_TITLE.test(l.text)) l.blankBefore = true
    if (CITATION.test(l.text) && i === 1) l.attach = true
    else if (prev.marker?.type === 'annex' && INTRODUCED_BY.test(l.text)) l.attach = true
    else if (
      (prev.marker?.type === 'annex' || (prev.attach && INTRODUCED_BY.test(prev.text))) &&
      caseClass(l.text) === 'upper'
    )
      l.attach = true
  })
}
