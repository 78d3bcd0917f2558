import type { Segments } from './matcher.js'

/**
 * All anchors of a language's rules in one Aho–Corasick automaton: one pass over the joined text finds
 * which units hold each anchor. Searching the text once per anchor cost about half the detector's time
 * (a megabyte scanned for each of 140–200 anchors, most of them frequent); this pass costs one table
 * lookup per character whatever the number of anchors.
 */
export type AnchorAutomaton = {
  anchors: string[]
  /** Character code → column (0: a character no anchor has, which sends the walk back to the root). */
  column: Int32Array
  columns: number
  /** The transition table: state * columns + column → state (a complete automaton, no failure walks). */
  next: Int32Array
  /** Per state, the anchors that end there (its own and those of its failure chain). */
  ends: number[][]
}

/** Builds the automaton of a set of anchors (literals of folded text, at least one character each). */
export function buildAnchorAutomaton(anchorSet: Iterable<string>): AnchorAutomaton {
  const anchors = [...new Set(anchorSet)].filter((a) => a.length > 0)
  const column = new Int32Array(65536)
  let columns = 1
  for (const a of anchors)
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i)
      if (column[c] === 0) column[c] = columns++
    }
  const maxStates = anchors.reduce((n, a) => n + a.length, 1)
  const next = new Int32Array(maxStates * columns).fill(-1)
  const ends: number[][] = [[]]
  let states = 1
  anchors.forEach((a, id) => {
    let s = 0
    for (let i = 0; i < a.length; i++) {
      const at = s * columns + column[a.charCodeAt(i)]
      if (next[at] < 0) {
        next[at] = states++
        ends.push([])
      }
      s = next[at]
    }
    ends[s].push(id)
  })
  // Breadth first: missing transitions follow the failure link, so the walk never backtracks.
  const fail = new Int32Array(states)
  const queue: number[] = []
  for (let c = 0; c < columns; c++) {
    const t = next[c]
    if (t < 0) next[c] = 0
    else {
      fail[t] = 0
      queue.push(t)
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]
    ends[s] = [...ends[s], ...ends[fail[s]].filter((id) => !ends[s].includes(id))]
    for (let c = 0; c < columns; c++) {
      const at = s * columns + c
      const t = next[at]
      if (t < 0) next[at] = next[fail[s] * columns + c]
      else {
        fail[t] = next[fail[s] * columns + c]
        queue.push(t)
      }
    }
  }
  return { anchors, column, columns, next: next.subarray(0, states * columns), ends }
}

/**
 * For each anchor, the indexes (ascending, once each) of the segments where an occurrence starts:
 * the same answer as searching the text for each anchor and placing each start with `segmentAt`.
 */
export function segmentsByAnchor(
  automaton: AnchorAutomaton,
  text: string,
  segments: Segments,
): Map<string, number[]> {
  const { anchors, column, columns, next, ends } = automaton
  const hits = anchors.map((): number[] => [])
  const last = new Int32Array(anchors.length).fill(-1)
  const from = segments.from
  let state = 0
  let k = 0
  for (let i = 0; i < text.length; i++) {
    state = next[state * columns + column[text.charCodeAt(i)]]
    const found = ends[state]
    if (found.length === 0) continue
    while (k + 1 < from.length && from[k + 1] <= i) k++
    for (const id of found) {
      const start = i - anchors[id].length + 1
      let seg = k
      while (seg > 0 && from[seg] > start) seg--
      if (last[id] !== seg) {
        last[id] = seg
        hits[id].push(seg)
      }
    }
  }
  return new Map(anchors.map((a, id) => [a, hits[id]]))
}
