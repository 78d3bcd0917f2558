/**
 * Pairs the units of two versions of a draft (contract: Follow-up, `GET /api/drafts/:id/diff`).
 *
 * Labels are a hint, not the key: an article inserted near the top renumbers everything after it, so
 * units are paired by their wording with their own number left out. In order:
 * 1. exact matches whose wording is unique in both versions (also when moved);
 * 2. repeated wordings ("qonuniylik;", "Работодатель обязан:") in the new version's order, preferring
 *    the occurrence under the counterpart of the same parent, then the one nearest the running position;
 * 3. a unit whose children went to the children of one old unit of its kind is that unit, reworded;
 * 4. the rest by word similarity within a bounded window (same kind, near the running position or
 *    among the parent counterpart's children), so two 8,000-unit acts align in well under a second;
 * 5. 3 again, for parents whose children were only paired in 4; then 4 and 5 once more.
 * Pure and deterministic.
 */
import type { Unit } from '../domain/draft.js'
import { dice, textWithoutNumber, wordBag } from './unitText.js'

export type PairOp = 'same' | 'changed' | 'added' | 'removed'

/** One pair of the alignment; `fromUnitId` is null for `added`, `toUnitId` for `removed`. */
export type UnitPair = {
  op: PairOp
  fromUnitId: string | null
  toUnitId: string | null
  fromLabel: string | null
  toLabel: string | null
}

/** How many old units step 4 looks at for one new unit, and how far it scans for them. */
const MAX_CANDIDATES = 60
const MAX_SCAN = 240
/** Similarity needed to call two units one reworded unit (with a bonus for context and label). */
const MIN_SCORE = 0.5
const MIN_SIMILARITY = 0.25
/** A same-place sibling this alike is taken without looking further (a lightly edited part). */
const STRONG_SCORE = 1.05

/** One side of the alignment, indexed. */
type Side = {
  units: readonly Unit[]
  stripped: string[]
  keys: string[]
  parent: Int32Array
  children: number[][]
  match: Int32Array
  bags: (Int32Array | undefined)[]
  /** Word ids shared by both sides, and bags by wording (acts repeat many lines). */
  vocabulary: Map<string, number>
  bagByText: Map<string, Int32Array>
}

function side(
  units: readonly Unit[],
  vocabulary: Map<string, number>,
  bagByText: Map<string, Int32Array>,
): Side {
  const index = new Map<string, number>()
  units.forEach((u, i) => {
    index.set(u.id, i)
  })
  const parent = new Int32Array(units.length).fill(-1)
  const children: number[][] = units.map(() => [])
  const stripped: string[] = []
  const keys: string[] = []
  units.forEach((u, i) => {
    const p = u.parentId === null ? undefined : index.get(u.parentId)
    if (p !== undefined && p !== i) {
      parent[i] = p
      children[p]?.push(i)
    }
    const s = textWithoutNumber(u)
    stripped.push(s)
    keys.push(`${u.kind}\u0001${s}`)
  })
  return {
    units,
    stripped,
    keys,
    parent,
    children,
    match: new Int32Array(units.length).fill(-1),
    bags: new Array(units.length),
    vocabulary,
    bagByText,
  }
}

function pair(a: Side, b: Side, i: number, j: number): void {
  a.match[i] = j
  b.match[j] = i
}

/** A unit's words as sorted ids, made once however many units it is compared with. */
function bagOf(s: Side, i: number): Int32Array {
  let bag = s.bags[i]
  if (!bag) {
    const text = s.stripped[i] ?? ''
    bag = s.bagByText.get(text) ?? wordBag(text, s.vocabulary)
    s.bagByText.set(text, bag)
    s.bags[i] = bag
  }
  return bag
}

/** Step 1: wordings that occur exactly once on each side. */
function matchUnique(a: Side, b: Side): void {
  const count = new Map<string, number>()
  const at = new Map<string, number>()
  a.keys.forEach((k, i) => {
    count.set(k, (count.get(k) ?? 0) + 1)
    at.set(k, i)
  })
  const countB = new Map<string, number>()
  for (const k of b.keys) countB.set(k, (countB.get(k) ?? 0) + 1)
  b.keys.forEach((k, j) => {
    if (count.get(k) === 1 && countB.get(k) === 1) pair(a, b, at.get(k) as number, j)
  })
}

/** The old counterpart of a new unit's parent: -1 at the top level, -2 when the parent is unpaired. */
function parentCounterpart(b: Side, j: number): number {
  const p = b.parent[j] ?? -1
  if (p < 0) return -1
  const m = b.match[p] ?? -1
  return m >= 0 ? m : -2
}

/**
 * Step 2: repeated wordings, in the new version's order. The strict pass only takes an occurrence under
 * the counterpart of the same parent, so a new copy early in the text cannot take an old unit's place.
 */
function matchRepeated(a: Side, b: Side, strict: boolean): void {
  const free = new Map<string, number[]>()
  a.keys.forEach((k, i) => {
    if ((a.match[i] ?? -1) >= 0) return
    const list = free.get(k)
    if (list) list.push(i)
    else free.set(k, [i])
  })
  let expected = 0
  for (let j = 0; j < b.units.length; j++) {
    const done = b.match[j] ?? -1
    if (done >= 0) {
      expected = done + 1
      continue
    }
    const list = free.get(b.keys[j] ?? '')
    if (!list?.length) continue
    const pa = parentCounterpart(b, j)
    const preferred = pa === -2 ? [] : list.filter((i) => (a.parent[i] ?? -1) === pa)
    if (strict && !preferred.length) continue
    const chosen = nearest(preferred.length ? preferred : list, expected)
    list.splice(list.indexOf(chosen), 1)
    pair(a, b, chosen, j)
    expected = chosen + 1
  }
}

/** The index nearest `expected`, ties going forward. */
function nearest(list: readonly number[], expected: number): number {
  let best = list[0] as number
  for (const i of list) {
    const d = Math.abs(i - expected)
    const bd = Math.abs(best - expected)
    if (d < bd || (d === bd && i >= expected && best < expected)) best = i
  }
  return best
}

/** Steps 3 and 5: a new unit whose paired children mostly come from one unpaired old unit of its kind. */
function matchParentsByChildren(a: Side, b: Side): void {
  for (let j = b.units.length - 1; j >= 0; j--) {
    if ((b.match[j] ?? -1) >= 0) continue
    const kids = b.children[j] ?? []
    if (!kids.length) continue
    const tally = new Map<number, number>()
    let paired = 0
    for (const c of kids) {
      const m = b.match[c] ?? -1
      if (m < 0) continue
      paired++
      const p = a.parent[m] ?? -1
      if (p >= 0) tally.set(p, (tally.get(p) ?? 0) + 1)
    }
    let best = -1
    let bestCount = 0
    for (const [p, n] of tally) if (n > bestCount) [best, bestCount] = [p, n]
    if (best < 0 || bestCount * 2 < paired || (a.match[best] ?? -1) >= 0) continue
    if (a.units[best]?.kind !== b.units[j]?.kind) continue
    pair(a, b, best, j)
  }
}

/**
 * Step 4: unpaired new units against nearby unpaired old units of the same kind. All candidate pairs
 * are scored first and taken best first, so a new unit early in the text cannot take the counterpart
 * of a later, closer one.
 */
function matchSimilar(a: Side, b: Side): void {
  const scored: { i: number; j: number; score: number }[] = []
  let expected = 0
  for (let j = 0; j < b.units.length; j++) {
    const done = b.match[j] ?? -1
    if (done >= 0) {
      expected = done + 1
      continue
    }
    const kind = b.units[j]?.kind
    const pa = parentCounterpart(b, j)
    const mine = bagOf(b, j)
    const label = b.units[j]?.label
    const score = (i: number): number => {
      if ((a.match[i] ?? -1) >= 0 || a.units[i]?.kind !== kind) return 0
      const theirs = bagOf(a, i)
      const size = theirs.length
      // Dice can reach at most 2·min/(sum); skip the merge when even that is too low.
      if ((2 * Math.min(size, mine.length)) / (size + mine.length || 1) < MIN_SIMILARITY) return 0
      const sim = dice(theirs, mine)
      if (sim < MIN_SIMILARITY) return 0
      return sim + (pa >= 0 && a.parent[i] === pa ? 0.15 : 0) + (a.units[i]?.label === label ? 0.1 : 0)
    }
    // The usual case first: the sibling at the same place under the parent's counterpart, lightly edited.
    const sibling = pa >= 0 ? a.children[pa]?.[b.children[b.parent[j] ?? -1]?.indexOf(j) ?? -1] : undefined
    const direct = sibling === undefined ? 0 : score(sibling)
    if (sibling !== undefined && direct >= STRONG_SCORE) {
      scored.push({ i: sibling, j, score: direct })
      continue
    }
    const candidates = new Set<number>()
    if (pa >= 0) for (const c of a.children[pa] ?? []) if ((a.match[c] ?? -1) < 0) candidates.add(c)
    for (let i = expected, seen = 0; i < a.units.length && seen < MAX_SCAN; i++, seen++) {
      if (candidates.size >= MAX_CANDIDATES) break
      if ((a.match[i] ?? -1) < 0 && a.units[i]?.kind === kind) candidates.add(i)
    }
    for (const i of candidates) {
      const x = score(i)
      if (x >= MIN_SCORE) scored.push({ i, j, score: x })
    }
  }
  scored.sort((x, y) => y.score - x.score || x.j - y.j || x.i - y.i)
  for (const { i, j } of scored) if ((a.match[i] ?? -1) < 0 && (b.match[j] ?? -1) < 0) pair(a, b, i, j)
}

/** The pairs in the new version's order, each removed unit after the pair of its old predecessor. */
function pairsInOrder(a: Side, b: Side): UnitPair[] {
  const removedAfter = new Map<number, number[]>()
  let last = -1
  for (let i = 0; i < a.units.length; i++) {
    const m = a.match[i] ?? -1
    if (m >= 0) {
      last = m
      continue
    }
    const list = removedAfter.get(last)
    if (list) list.push(i)
    else removedAfter.set(last, [i])
  }
  const out: UnitPair[] = []
  const removed = (after: number) => {
    for (const i of removedAfter.get(after) ?? []) {
      const u = a.units[i] as Unit
      out.push({ op: 'removed', fromUnitId: u.id, toUnitId: null, fromLabel: u.label, toLabel: null })
    }
  }
  removed(-1)
  for (let j = 0; j < b.units.length; j++) {
    const u = b.units[j] as Unit
    const i = b.match[j] ?? -1
    if (i < 0) out.push({ op: 'added', fromUnitId: null, toUnitId: u.id, fromLabel: null, toLabel: u.label })
    else {
      const from = a.units[i] as Unit
      const op = a.stripped[i] === b.stripped[j] ? 'same' : 'changed'
      out.push({ op, fromUnitId: from.id, toUnitId: u.id, fromLabel: from.label, toLabel: u.label })
    }
    removed(j)
  }
  return out
}

/** Pair every unit of `from` with its counterpart in `to`, or mark it removed / added. */
export function alignUnits(from: readonly Unit[], to: readonly Unit[]): UnitPair[] {
  const vocabulary = new Map<string, number>()
  const bagByText = new Map<string, Int32Array>()
  const a = side(from, vocabulary, bagByText)
  const b = side(to, vocabulary, bagByText)
  matchUnique(a, b)
  matchRepeated(a, b, true)
  matchRepeated(a, b, false)
  matchParentsByChildren(a, b)
  // Twice: parents paired in the first round give their children's context in the second.
  for (let round = 0; round < 2; round++) {
    matchSimilar(a, b)
    matchParentsByChildren(a, b)
  }
  return pairsInOrder(a, b)
}
