import { compileMatcher, expand, type MatcherPart } from './matcher.js'
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
  'conflict-of-interest',
  'no-oversight',
  'no-liability',
  'tax-fee-procedure',
  'budget-funds-procedure',
  'procurement-procedure',
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
  /**
   * `authority`: the clause's subject must be a public body or official ("may" is not a factor for a
   * citizen). `not-private`: the hit is dropped only when the subject is a private person (a duty of
   * a citizen or a company), so agentless passives still count.
   */
  subject?: 'authority' | 'not-private'
  /** Drop the hit when the matched text matches this (e.g. "olib kelishi mumkin", passives). */
  except?: string
  /** Drop the hit when the text just before it ends with this. */
  notPreceded?: string
  /** Drop the hit when the text just after it starts with this. */
  notFollowed?: string
  /** Keep the hit only when its clause matches this. */
  clauseHas?: string
  /** Drop the hit when its clause matches this: the element whose absence is the risk (an amount, a procedure). */
  clauseLacks?: string
  /** Keep the hit even inside a prohibition ("... haqli emas"): for rules that match negative wording. */
  keepIfProhibited?: boolean
  /** Higher wins when two hits overlap. */
  priority?: number
}

/** A rule compiled for one matching language. */
export type Rule = Omit<
  RuleSpec,
  'pattern' | 'except' | 'notPreceded' | 'notFollowed' | 'clauseHas' | 'clauseLacks'
> & {
  lang: MatchLang
  parts: MatcherPart[]
  except?: RegExp
  notPreceded?: RegExp
  notFollowed?: RegExp
  clauseHas?: RegExp
  clauseLacks?: RegExp
  priority: number
}

export { compileMatcher, expand, type MatcherPart, matchAll, type Segments, segmentAt } from './matcher.js'

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
    clauseLacks: s.clauseLacks ? re(s.clauseLacks) : undefined,
  }))
}
