import type { ClassifiedLine } from './classify.js'

/**
 * Line-level readings of a UK act that sit between its numbered units: text quoted into another
 * act by an amendment, the words that close a list ("…, is not admissible …"), and the spaced
 * "S C H E D U L E S" banner over the first schedule.
 */

/** How far a quoted insertion or a list may reach; an unclosed quote beyond it is left alone. */
const QUOTE_REACH = 40
const LIST_REACH = 60

/**
 * Text an amendment inserts ("insert—" / “Fraud Act 2006 / 23 Offences … / ”) is the amending
 * paragraph's own words: a "23 Offences …" or "(a) …" inside the quotation is not a paragraph of
 * the amending act. The quotation opens after a dash ("substitute— “…") and runs to the line where
 * its quotes balance.
 */
export function markQuotedInsertions(lines: ClassifiedLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const opener = quotationOpened(lines[i].text, lines[i - 1].text)
    if (opener === null) continue
    let depth = quoteBalance(opener)
    let end = i
    while (depth > 0 && end + 1 < lines.length && end - i < QUOTE_REACH) {
      end++
      depth += quoteBalance(lines[end].text)
    }
    if (depth !== 0) continue
    for (let j = i + 1; j <= end; j++) {
      lines[j].marker = null
      lines[j].attach = true
    }
    i = end
  }
}

/** The quotation a line opens: from its start after a line ending "insert—", or from a "— “" inside it (PDF text joins the two). */
function quotationOpened(text: string, before: string): string | null {
  if (text.startsWith('“') && /[—–]$/u.test(before)) return text
  for (const m of text.matchAll(/[—–]\s*“/gu)) {
    const rest = text.slice(m.index)
    if (quoteBalance(rest) > 0) return rest
  }
  return null
}

function quoteBalance(text: string): number {
  let d = 0
  for (const c of text) d += c === '“' ? 1 : c === '”' ? -1 : 0
  return d
}

/**
 * The words after a list's last item ("(b) complying with such an order," / "is not admissible
 * in evidence …") finish the sentence its lead-in began, so they belong to the list's owner, not
 * to the last item. They are read so when the list was opened by a dash, the item before the last
 * ends with "or"/"and", the last item is one line ending with a comma, and the next line starts in
 * lower case (a wrapped item would carry on a phrase, not end on a comma after "or").
 */
export function markListTails(lines: ClassifiedLine[]): void {
  for (let i = 2; i < lines.length; i++) {
    const l = lines[i]
    if (l.marker || l.attach || l.prefix || !/^\p{Ll}/u.test(l.text)) continue
    const last = lines[i - 1]
    const m = last.marker
    if (m?.type !== 'enum' || m.style === 'n.' || !/,$/.test(last.text)) continue
    if (!/\s(?:or|and)$/u.test(lines[i - 2].text)) continue
    if (openedByDash(lines, i - 1, m.style)) l.tail = true
  }
}

/** True when the list holding the item at `at` starts after a lead-in ending with a dash. */
function openedByDash(lines: ClassifiedLine[], at: number, style: string): boolean {
  for (let j = at - 1; j > 0 && at - j < LIST_REACH; j--) {
    const m = lines[j].marker
    if (m && m.type !== 'enum') return false
    if (m?.type === 'enum' && m.style === style && /^[a1i]$/u.test(m.number))
      return /[—–]$/u.test(lines[j - 1].text)
  }
  return false
}

const SCHEDULES_BANNER = /^(?:S\s?C\s?H\s?E\s?D\s?U\s?L\s?E\s?S|SCHEDULES)$/u

/** "S C H E D U L E S" right above "SCHEDULE 1" heads the schedules: it opens the first one. */
export function markSchedulesBanner(lines: ClassifiedLine[]): void {
  lines.forEach((l, i) => {
    if (!l.marker && SCHEDULES_BANNER.test(l.text) && lines[i + 1]?.marker?.type === 'annex') l.prefix = true
  })
}
