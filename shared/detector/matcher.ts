import type { MatchLang } from './normalize.js'

/**
 * The matching engine of the rule notation: compiles a pattern into one global regex per top-level
 * alternative, each with the literals its matches must contain, and runs those regexes only over
 * the units of the joined text that hold such a literal.
 */

const WORD = "[\\p{L}\\p{N}'-]"

/** Expands the pattern notation into a regular-expression source. */
export function expand(pattern: string, lang: MatchLang): string {
  const p = lang === 'uz' ? pattern.replace(/['ʻʼ’‘]/g, '') : pattern
  return p.replace(/%/g, `${WORD}+`).replace(/\*/g, `${WORD}*`)
}

/** Splits a pattern at its top-level `|`, so each alternative gets its own literal pre-check. */
function alternatives(p: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') i++
    else if (p[i] === '(' || p[i] === '[') depth++
    else if (p[i] === ')' || p[i] === ']') depth--
    else if (p[i] === '|' && depth === 0) {
      parts.push(p.slice(from, i))
      from = i + 1
    }
  }
  parts.push(p.slice(from))
  return parts
}

/** The longest literal (outside groups and optional letters) every match of one alternative contains. */
function requiredLiteral(p: string, minLength = 3): string | null {
  const literals: string[] = []
  let cur = ''
  const flush = () => {
    if (cur) literals.push(cur)
    cur = ''
  }
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '(' || c === '[') {
      flush()
      let depth = 0
      for (; i < p.length; i++) {
        if (p[i] === '\\') i++
        else if (p[i] === '(' || p[i] === '[') depth++
        else if (p[i] === ')' || p[i] === ']') depth--
        if (depth === 0) break
      }
      if (p[i + 1] === '?' || p[i + 1] === '*' || p[i + 1] === '+') i++
      else if (p[i + 1] === '{') i = p.indexOf('}', i)
    } else if (c === '?') {
      cur = cur.slice(0, -1)
      flush()
    } else if (c === '{') {
      // "x{0,2}": the letter before may occur zero times.
      cur = cur.slice(0, -1)
      flush()
      i = p.indexOf('}', i)
    } else if (c === '\\' || c === '%' || c === '.' || c === '+') {
      flush()
      if (c === '\\') i++
    } else if (c === '*') flush()
    else cur += c
  }
  flush()
  const best = literals.map((l) => l.trim()).sort((a, b) => b.length - a.length)[0]
  return best && best.length >= minLength ? best : null
}

/**
 * Literals at least one of which every match of one alternative contains: its required literal,
 * or else the alternatives' literals of one of its mandatory top-level groups, such as
 * "(?:if|when|where) …" (the group whose shortest literal is longest). Null when there is none.
 */
function requiredAnchors(p: string): string[] | null {
  const single = requiredLiteral(p)
  if (single) return [single]
  let best: string[] | null = null
  let bestMin = 1
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '\\') {
      i++
      continue
    }
    if (c !== '(' && c !== '[') continue
    const open = i
    let depth = 0
    for (; i < p.length; i++) {
      if (p[i] === '\\') i++
      else if (p[i] === '(' || p[i] === '[') depth++
      else if (p[i] === ')' || p[i] === ']') depth--
      if (depth === 0) break
    }
    const after = p[i + 1]
    const optional = after === '?' || after === '*' || after === '{'
    if (c === '[' || optional || p[open + 1] !== '?' || p[open + 2] !== ':') continue
    const options = alternatives(p.slice(open + 3, i)).map((alt) => requiredLiteral(alt, 2))
    if (options.some((o) => o === null)) continue
    const min = Math.min(...options.map((o) => (o as string).length))
    if (min > bestMin) {
      best = options as string[]
      bestMin = min
    }
  }
  return best
}

/**
 * One alternative of a pattern: a regex without a leading look-behind (checked in code, which is far
 * faster), the literal every match contains, literals one of which every match contains (null when
 * unknown), and whether a match can never cross a unit separator.
 */
export type MatcherPart = { re: RegExp; literal: string | null; anchors: string[] | null; local: boolean }

/**
 * Whether no match of `src` can contain the unit separator U+0001 nor depend on the text's ends:
 * no `.`, negated class, `\W`/`\S`/`\D`/`\P{…}` or anchor. Such a part can be run on one unit at a
 * time with the same matches as on the joined text.
 */
function staysInUnit(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') {
      const next = src[i + 1]
      if (
        next === 'W' ||
        next === 'S' ||
        next === 'D' ||
        next === 'P' ||
        next === 'B' ||
        next === 'u' ||
        next === 'x' ||
        next === 'c' ||
        next === '0'
      )
        return false
      i++
    } else if (c === '.' || c === '^' || c === '$') return false
    else if (c === '[' && src[i + 1] === '^') return false
  }
  return true
}

/** Compiles a pattern into global regexes, one per top-level alternative. */
export function compileMatcher(pattern: string, lang: MatchLang): MatcherPart[] {
  const p = lang === 'uz' ? pattern.replace(/['ʻʼ’‘]/g, '') : pattern
  return alternatives(p).map((alt) => {
    // A literal first letter lets the engine skip ahead fast; otherwise a look-behind keeps
    // "%..." patterns from being retried inside every word.
    const guard = /^[\p{L}\p{N}]/u.test(alt) ? '' : '(?<![\\p{L}\\p{N}])'
    return {
      re: new RegExp(`${guard}(?:${expand(alt, lang)})(?![\\p{L}\\p{N}])`, 'gu'),
      literal: requiredLiteral(alt),
      anchors: requiredAnchors(alt),
      local: staysInUnit(alt),
    }
  })
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Where the units lie in a joined text: unit k is `text.slice(from[k], to[k])`, separated by U+0001. */
export type Segments = { from: number[]; to: number[] }

/** The index of the segment that holds position `pos` (binary search over the starts). */
export function segmentAt(segments: Segments, pos: number): number {
  const from = segments.from
  let lo = 0
  let hi = from.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (from[mid] <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Runs one part's regex over all of `text`; reports matches shifted by `shift`; false once `found` stops. */
function scan(
  re: RegExp,
  text: string,
  shift: number,
  found: (a: number, b: number) => boolean | undefined,
): boolean {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = m.index
    if (m[0].length === 0 || (a > 0 && WORD_CHAR.test(text[a - 1]))) {
      re.lastIndex = a + 1
      continue
    }
    if (found(shift + a, shift + a + m[0].length) === false) return false
  }
  return true
}

/**
 * Calls `found(a, b)` for every match that starts at a word boundary, in order per alternative.
 * With `segments` (the units of a joined text), a part that has a required literal and cannot
 * cross a separator runs only on the units that contain its literal: the same matches in the same
 * order, without scanning a megabyte per rule.
 */
export function matchAll(
  parts: MatcherPart[],
  text: string,
  found: (a: number, b: number) => boolean | undefined,
  segments?: Segments,
): void {
  for (const part of parts) {
    const anchors = part.anchors
    if (anchors === null || !segments || !part.local) {
      if (part.literal && !text.includes(part.literal)) continue
      if (!scan(part.re, text, 0, found)) return
      continue
    }
    for (const k of segmentsWith(anchors, text, segments)) {
      const start = segments.from[k]
      if (!scan(part.re, text.slice(start, segments.to[k]), start, found)) return
    }
  }
}

/**
 * The segments that hold each anchor, for the last text searched. One detect call runs every rule
 * over the same joined text and many rules share anchors ("may", "such", "prescribed"); each search
 * of a megabyte costs about half a millisecond, so each anchor is searched once per text.
 */
const anchorCache: { text: string | null; segments: Segments | null; found: Map<string, number[]> } = {
  text: null,
  segments: null,
  found: new Map(),
}

/**
 * Fills the cache for `text` with every anchor at once (one Aho–Corasick pass, anchors.ts); anchors
 * it does not know are still searched one by one below.
 */
export function primeAnchors(found: Map<string, number[]>, text: string, segments: Segments): void {
  anchorCache.text = text
  anchorCache.segments = segments
  anchorCache.found = found
}

/** The indexes, ascending, of the segments that contain `anchor` (cached per text). */
function segmentsOf(anchor: string, text: string, segments: Segments): number[] {
  if (anchorCache.segments !== segments || anchorCache.text !== text) {
    anchorCache.text = text
    anchorCache.segments = segments
    anchorCache.found = new Map()
  }
  const cached = anchorCache.found.get(anchor)
  if (cached) return cached
  const hit: number[] = []
  for (let at = text.indexOf(anchor); at >= 0; ) {
    const k = segmentAt(segments, at)
    hit.push(k)
    at = text.indexOf(anchor, segments.to[k])
  }
  anchorCache.found.set(anchor, hit)
  return hit
}

/** The indexes, ascending, of the segments that contain at least one of `anchors`. */
function segmentsWith(anchors: string[], text: string, segments: Segments): number[] {
  if (anchors.length === 1) return segmentsOf(anchors[0], text, segments)
  const hit: number[] = []
  for (const anchor of anchors) for (const k of segmentsOf(anchor, text, segments)) hit.push(k)
  hit.sort((x, y) => x - y)
  return hit.filter((k, i) => i === 0 || hit[i - 1] !== k)
}
