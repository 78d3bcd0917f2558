import type { MatchLang } from './normalize.js'

/**
 * Canonical marker keys. Rules emit keys; each pack maps keys to its own factor ids through
 * `factor.detectorKeys`, so one rule set serves every pack that opts in.
 */
export const DETECTOR_KEYS = [
  'may-formula',
  'broad-discretion',
  'duplicated-powers',
  'no-deadline',
  'excessive-bylaw-rulemaking',
  'legal-gap',
  'gap-filling-by-bylaw',
  'selective-rights-exceptions',
  'unjustified-preferences',
  'excessive-requirements',
  'open-list',
  'applicant-right-abuse',
  'missing-admin-procedures',
  'no-competitive-procedures',
  'normative-collision',
  'lack-of-transparency',
  'no-appeal-route',
  'legal-linguistic-uncertainty',
] as const
/** One canonical marker key. */
export type DetectorKey = (typeof DETECTOR_KEYS)[number]

/**
 * A lexical rule as data. Patterns use a small notation over the folded text (lower case, single
 * spaces, no apostrophes in Uzbek): `%` is one word, `*` a word's remaining letters (a suffix
 * chain or an inflection), anything else is a regular expression.
 */
export type RuleSpec = {
  id: string
  key: DetectorKey
  pattern: string
  /** The clause's subject must be a public body or official ("may" is not a factor for a citizen). */
  subject?: 'authority'
  /** Drop the hit when the matched text matches this (e.g. "olib kelishi mumkin", passives). */
  except?: string
  /** Drop the hit when the text just before it ends with this. */
  notPreceded?: string
  /** Drop the hit when the text just after it starts with this. */
  notFollowed?: string
  /** Keep the hit only when its clause matches this. */
  clauseHas?: string
  /** Keep the hit even inside a prohibition ("... haqli emas"): for rules that match negative wording. */
  keepIfProhibited?: boolean
  /** Higher wins when two hits overlap. */
  priority?: number
}

/** A rule compiled for one matching language. */
export type Rule = Omit<RuleSpec, 'pattern' | 'except' | 'notPreceded' | 'notFollowed' | 'clauseHas'> & {
  lang: MatchLang
  parts: MatcherPart[]
  except?: RegExp
  notPreceded?: RegExp
  notFollowed?: RegExp
  clauseHas?: RegExp
  priority: number
}

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
function requiredLiteral(p: string): string | null {
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
    } else if (c === '\\' || c === '%' || c === '.' || c === '+' || c === '{') {
      flush()
      if (c === '\\') i++
      if (c === '{') i = p.indexOf('}', i)
    } else if (c === '*') flush()
    else cur += c
  }
  flush()
  const best = literals.map((l) => l.trim()).sort((a, b) => b.length - a.length)[0]
  return best && best.length >= 3 ? best : null
}

/** One alternative of a pattern: a regex without a leading look-behind (checked in code, which is far faster). */
export type MatcherPart = { re: RegExp; literal: string | null }

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
    }
  })
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Calls `found(a, b)` for every match that starts at a word boundary, in order per alternative. */
export function matchAll(
  parts: MatcherPart[],
  text: string,
  found: (a: number, b: number) => boolean | undefined,
): void {
  for (const part of parts) {
    if (part.literal && !text.includes(part.literal)) continue
    part.re.lastIndex = 0
    for (let m = part.re.exec(text); m; m = part.re.exec(text)) {
      const a = m.index
      if (m[0].length === 0 || (a > 0 && WORD_CHAR.test(text[a - 1]))) {
        part.re.lastIndex = a + 1
        continue
      }
      if (found(a, a + m[0].length) === false) return
    }
  }
}

/** Compiles rule specs for one language; throws on a bad pattern so tests catch it at once. */
export function compileRules(specs: RuleSpec[], lang: MatchLang): Rule[] {
  const re = (src: string, flags = 'u') => new RegExp(expand(src, lang), flags)
  return specs.map((s) => ({
    id: s.id,
    key: s.key,
    subject: s.subject,
    keepIfProhibited: s.keepIfProhibited,
    lang,
    priority: s.priority ?? 1,
    parts: compileMatcher(s.pattern, lang),
    except: s.except ? re(s.except) : undefined,
    notPreceded: s.notPreceded ? re(`(?:${s.notPreceded})$`) : undefined,
    notFollowed: s.notFollowed ? re(`^(?:${s.notFollowed})`) : undefined,
    clauseHas: s.clauseHas ? re(s.clauseHas) : undefined,
  }))
}
