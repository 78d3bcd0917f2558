/**
 * Word-level diff of one unit's text against its counterpart, with jsdiff's Myers implementation
 * (`diffArrays`) over our own tokens. jsdiff's word tokenizer only knows Latin letters, so Cyrillic
 * would fall apart into single characters; Uzbek Latin words also carry apostrophes (oʻ, gʻ, ’) inside.
 */
import { diffArrays } from 'diff'

/** A word (letters, digits and the Uzbek apostrophes or hyphens inside it), a run of spaces, or one sign. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[ʻʼ‘’'`\-–][\p{L}\p{N}\p{M}]+)*|\s+|[^\s]/gu

/** The text cut into tokens whose concatenation is the text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

/** One run of a text diff. */
export type DiffSegment = { op: 'equal' | 'removed' | 'added'; text: string }

/**
 * The word diff of two texts; removed runs come before the added runs that replace them. Spaces are
 * tokens of their own, so Myers happily keeps a lone space between two replaced words; such
 * whitespace-only equal runs between changes are folded into the change, so one rewording is one run.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : []
  const raw: DiffSegment[] = diffArrays(tokenize(before), tokenize(after)).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'equal',
    text: part.value.join(''),
  }))
  const out: DiffSegment[] = []
  let removed = ''
  let added = ''
  const equal = (text: string) => {
    if (!text) return
    const last = out.at(-1)
    if (last?.op === 'equal') last.text += text
    else out.push({ op: 'equal', text })
  }
  // Whitespace both sides of a change share stays outside it, so a mapped span ends at a word.
  const flush = () => {
    const lead = removed && added ? commonSpace(removed, added, 1) : 0
    const trail = removed && added ? commonSpace(removed.slice(lead), added.slice(lead), -1) : 0
    equal(removed.slice(0, lead))
    const r = removed.slice(lead, removed.length - trail)
    const a = added.slice(lead, added.length - trail)
    if (r) out.push({ op: 'removed', text: r })
    if (a) out.push({ op: 'added', text: a })
    equal(removed.slice(removed.length - trail))
    removed = ''
    added = ''
  }
  raw.forEach((s, k) => {
    const between = k > 0 && k < raw.length - 1 && (removed || added) && raw[k + 1]?.op !== 'equal'
    if (s.op === 'equal' && between && !s.text.trim()) {
      removed += s.text
      added += s.text
    } else if (s.op === 'removed') removed += s.text
    else if (s.op === 'added') added += s.text
    else {
      flush()
      equal(s.text)
    }
  })
  flush()
  return out
}

/** Length of the whitespace two texts share at their start (`dir` 1) or end (`dir` -1). */
function commonSpace(x: string, y: string, dir: 1 | -1): number {
  let n = 0
  while (n < x.length && n < y.length) {
    const cx = dir === 1 ? x[n] : x[x.length - 1 - n]
    const cy = dir === 1 ? y[n] : y[y.length - 1 - n]
    if (cx !== cy || !/\s/.test(cx ?? '')) break
    n++
  }
  return n
}

/** A run of the diff as old and new ranges; a change block has one or both ranges non-empty. */
type Block = { equal: boolean; oldStart: number; oldEnd: number; newStart: number; newEnd: number }

/** The diff as alternating equal runs and change blocks (a removal and the addition after it merge). */
function blocks(segments: readonly DiffSegment[]): Block[] {
  const out: Block[] = []
  let o = 0
  let n = 0
  for (const s of segments) {
    const len = s.text.length
    const equal = s.op === 'equal'
    const last = out.at(-1)
    const block = last && !last.equal && !equal ? last : null
    const target = block ?? { equal, oldStart: o, oldEnd: o, newStart: n, newEnd: n }
    if (s.op !== 'added') o += len
    if (s.op !== 'removed') n += len
    target.oldEnd = o
    target.newEnd = n
    if (!block) out.push(target)
  }
  return out
}

/**
 * Where the old span `[start, end)` went in the new text: equal text maps one to one, and a span edge
 * inside a changed block takes the whole replacement, so the result covers the text that replaced the
 * span (`start === end` when its words were only deleted). Insertions just outside the span stay out.
 */
export function mapSpan(
  segments: readonly DiffSegment[],
  start: number,
  end: number,
): { start: number; end: number } {
  const all = blocks(segments)
  let newStart: number | null = null
  let newEnd: number | null = null
  for (const b of all) {
    if (b.oldEnd === b.oldStart) continue
    if (newStart === null && start < b.oldEnd)
      newStart = b.equal ? b.newStart + Math.max(0, start - b.oldStart) : b.newStart
    if (end - 1 < b.oldEnd && end - 1 >= b.oldStart) {
      newEnd = b.equal ? b.newStart + (end - b.oldStart) : b.newEnd
      break
    }
  }
  const total = all.at(-1)?.newEnd ?? 0
  const s = newStart ?? total
  const e = Math.max(s, newEnd ?? total)
  return { start: s, end: e }
}

/** Where the old offset `at` lies in the new text (an offset inside a change maps to its start). */
export function mapOffset(segments: readonly DiffSegment[], at: number): number {
  return mapSpan(segments, at, at + 1).start
}
