/**
 * Mapping between unit offsets (what findings store) and ProseMirror positions (what the editor draws).
 *
 * The draft document is a list of chunks of up to CHUNK_SIZE units; each unit is one block holding its
 * text as a single text node. So a unit's content start is the sum of the sizes before it (unit: text
 * length + 2; chunk: +1 to open, +1 to close) plus one, and a position inside the unit is that start plus
 * the JavaScript string offset (ProseMirror also counts UTF-16 units). Chunks keep ProseMirror's
 * decoration building near-linear (it scans all decorations once per top-level child) and give the
 * browser big blocks to skip with `content-visibility`.
 * Pure and allocation-light: the index is built once per draft version, lookups are binary searches.
 */
import type { Unit } from '../../shared/domain/draft'

/** Precomputed positions of every unit's text in the draft document. */
export type DraftIndex = {
  units: readonly Unit[]
  /** unit id → its position in `units` */
  order: ReadonlyMap<string, number>
  /** content start position of unit i (the position before its first character) */
  starts: Int32Array
  /** total document content size */
  size: number
  /** unit id → id of the article that contains it (itself for an article), or null */
  articleOf: ReadonlyMap<string, string | null>
}

/** A span inside one unit: `[start, end)` string offsets into `unit.text`. */
export type UnitSpan = { unitId: string; start: number; end: number }

/** Units per top-level chunk of the draft document. */
export const CHUNK_SIZE = 64

/** Build the index for units in document order. */
export function buildDraftIndex(units: readonly Unit[]): DraftIndex {
  const starts = new Int32Array(units.length)
  const order = new Map<string, number>()
  let pos = 0
  units.forEach((u, i) => {
    if (i % CHUNK_SIZE === 0) pos += i === 0 ? 1 : 2 // close the previous chunk, open the next
    order.set(u.id, i)
    starts[i] = pos + 1
    pos += u.text.length + 2
  })
  if (units.length) pos += 1
  return { units, order, starts, size: pos, articleOf: articleAncestors(units) }
}

function articleAncestors(units: readonly Unit[]): Map<string, string | null> {
  const byId = new Map(units.map((u) => [u.id, u]))
  const out = new Map<string, string | null>()
  const resolve = (u: Unit, depth: number): string | null => {
    const known = out.get(u.id)
    if (known !== undefined) return known
    let found: string | null = null
    if (u.kind === 'article') found = u.id
    else if (u.parentId && depth < 64) {
      const parent = byId.get(u.parentId)
      found = parent ? resolve(parent, depth + 1) : null
    }
    out.set(u.id, found)
    return found
  }
  for (const u of units) resolve(u, 0)
  return out
}

/** Document range of a unit span, clamped to the unit's text; null for an unknown unit or an empty span. */
export function spanToRange(index: DraftIndex, span: UnitSpan): { from: number; to: number } | null {
  const i = index.order.get(span.unitId)
  if (i === undefined) return null
  const len = index.units[i]?.text.length
  const start = clamp(Math.min(span.start, span.end), 0, len)
  const end = clamp(Math.max(span.start, span.end), 0, len)
  if (end <= start) return null
  const base = index.starts[i]!
  return { from: base + start, to: base + end }
}

/** Index of the unit whose block contains document position `pos` (content or boundary), or -1. */
export function unitAt(index: DraftIndex, pos: number): number {
  const { starts } = index
  if (starts.length === 0 || pos < 0 || pos > index.size) return -1
  // Last unit whose content starts at or before pos + 1 (so the opening boundary belongs to its unit;
  // chunk boundaries belong to the unit before them).
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! - 1 <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The result of turning a selection into a finding span. */
export type SelectionSpan = UnitSpan & { quote: string; clipped: boolean }

/**
 * The unit span of a document selection `[from, to)`. A selection that crosses units is clipped to the
 * first unit that has selected text (findings live in one unit); `clipped` tells the UI to say so.
 * Returns null when nothing but block boundaries is selected.
 */
export function rangeToSpan(index: DraftIndex, from: number, to: number): SelectionSpan | null {
  const a = Math.max(0, Math.min(from, to))
  const b = Math.min(index.size, Math.max(from, to))
  if (b <= a) return null
  let i = unitAt(index, a)
  if (i < 0) return null
  const last = unitAt(index, b)
  for (; i <= last; i++) {
    const unit = index.units[i]!
    const base = index.starts[i]!
    const start = clamp(a - base, 0, unit.text.length)
    const end = clamp(b - base, 0, unit.text.length)
    if (end > start) {
      const clipped = i < last && lastUnitHasText(index, i + 1, last, b)
      return { unitId: unit.id, start, end, quote: unit.text.slice(start, end), clipped }
    }
  }
  return null
}

/** Whether any unit in (first..last] has selected characters before `b`. */
function lastUnitHasText(index: DraftIndex, first: number, last: number, b: number): boolean {
  for (let j = first; j <= last; j++) {
    if (index.units[j]?.text.length > 0 && b > index.starts[j]!) return true
  }
  return false
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : Math.min(v, hi)
}
