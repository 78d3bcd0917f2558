/**
 * Pure helpers behind the draft page: depth by parent chain, outline entries, counts per kind and
 * search hits. Kept free of React so they are unit-tested and cheap on 3,000-article drafts.
 */
import type { Unit, UnitKind } from '../../../shared/domain/draft'
import { basicNorms } from '../../../shared/domain/norms'
import { headingLine } from '../../../shared/structure/index'
import { fromSuperscript } from '../../../shared/structure/lineText'

/** Kinds shown in the outline (the navigable skeleton of a draft). */
export const OUTLINE_KINDS: ReadonlySet<UnitKind> = new Set(['division', 'article', 'annex', 'preamble'])

/** Nesting depth of every unit (0 for top level), following `parentId`; cycles are cut. */
export function unitDepths(units: readonly Unit[]): Map<string, number> {
  const byId = new Map(units.map((u) => [u.id, u]))
  const depth = new Map<string, number>()
  const resolve = (u: Unit, guard: number): number => {
    const known = depth.get(u.id)
    if (known !== undefined) return known
    const parent = u.parentId ? byId.get(u.parentId) : undefined
    const d = parent && guard < 32 ? resolve(parent, guard + 1) + 1 : 0
    depth.set(u.id, d)
    return d
  }
  for (const u of units) resolve(u, 0)
  return depth
}

/** One outline line: the unit, its index in the unit list, and its depth among outline entries. */
export type OutlineEntry = {
  id: string
  index: number
  kind: UnitKind
  label: string
  title: string
  depth: number
}

/**
 * The outline: divisions, articles, annexes and preambles, with a short title from the unit's text;
 * an act without articles lists its top-level points instead (its basic norms).
 */
export function buildOutline(units: readonly Unit[]): OutlineEntry[] {
  const depths = unitDepths(units)
  const norms = new Set(basicNorms(units).map((u) => u.id))
  const out: OutlineEntry[] = []
  units.forEach((u, index) => {
    if (!OUTLINE_KINDS.has(u.kind) && !norms.has(u.id)) return
    const firstLine = restoredNumber(u, headingLine(u))
    out.push({
      id: u.id,
      index,
      kind: u.kind,
      label: u.label,
      title: firstLine.length > 90 ? `${firstLine.slice(0, 89)}…` : firstLine,
      depth: Math.min(depths.get(u.id) ?? 0, 4),
    })
  })
  return out
}

/** An inserted article pasted as "81-модда. …" is listed with its number restored: "8¹-модда. …". */
function restoredNumber(unit: Unit, line: string): string {
  const n = unit.number
  if (!n || !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(n) || line.startsWith(n)) return line
  const flat = fromSuperscript(n)
  return line.startsWith(flat) && !/\d/.test(line.charAt(flat.length)) ? n + line.slice(flat.length) : line
}

/** How many units of each kind the draft has. */
export function countByKind(units: readonly Unit[]): Partial<Record<UnitKind, number>> {
  const counts: Partial<Record<UnitKind, number>> = {}
  for (const u of units) counts[u.kind] = (counts[u.kind] ?? 0) + 1
  return counts
}

/** A search hit: unit index and `[start, end)` in that unit's (displayed) text. */
export type Hit = { unit: number; start: number; end: number }

/** The most hits we track; beyond this the count reads "10,000+" and highlighting stops. */
export const MAX_HITS = 10_000

/**
 * Case-insensitive literal search over the units' texts. `texts` are what is displayed (original or
 * transliterated), so hits line up with what the reader sees.
 */
export function findHits(texts: readonly string[], query: string, locale?: string): Hit[] {
  const q = query.trim().toLocaleLowerCase(locale)
  if (q.length < 2) return []
  const hits: Hit[] = []
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string
    const lower = text.toLocaleLowerCase(locale)
    // Lower-casing can change length (e.g. "İ"); then fall back to offsets in the lowered text only
    // when lengths agree, otherwise skip precise offsets but still count the unit.
    if (lower.length !== text.length) {
      if (lower.includes(q)) hits.push({ unit: i, start: 0, end: 0 })
      continue
    }
    let from = 0
    for (;;) {
      const at = lower.indexOf(q, from)
      if (at < 0) break
      hits.push({ unit: i, start: at, end: at + q.length })
      if (hits.length >= MAX_HITS) return hits
      from = at + q.length
    }
  }
  return hits
}

/** A run of a unit's text from `start`: its search hit (if any) and whether it is an editorial note. */
export type TextRun = { start: number; text: string; hit: number | null; note: boolean }

/**
 * Split a unit's text into runs at the edges of its search hits (sorted, non-overlapping) and of its
 * editorial notes (lex.uz labels and amendment notes, drawn muted); a hit may cross a note's edge.
 */
export function segmentText(
  text: string,
  hits: readonly { start: number; end: number; n: number }[],
  notes: readonly { start: number; end: number }[] = [],
): TextRun[] {
  const kept: { start: number; end: number; n: number }[] = []
  for (const h of hits) if (h.end > h.start && h.start >= (kept.at(-1)?.end ?? 0)) kept.push(h)
  const cuts = new Set([0, text.length])
  for (const r of [...kept, ...notes])
    cuts.add(Math.min(r.start, text.length)).add(Math.min(r.end, text.length))
  const edges = [...cuts].sort((a, b) => a - b)
  const out: TextRun[] = []
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i] as number, edges[i + 1] as number]
    const hit = kept.find((h) => h.start <= from && to <= h.end)?.n ?? null
    const note = notes.some((r) => r.start <= from && to <= r.end)
    const last = out.at(-1)
    if (last && last.hit === hit && last.note === note) last.text += text.slice(from, to)
    else out.push({ start: from, text: text.slice(from, to), hit, note })
  }
  return out
}
