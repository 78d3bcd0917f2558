import type { Unit } from '../domain/draft.js'
import type { LanguageTag } from '../domain/language.js'
import type { Methodology } from '../methodology/schema.js'
import { editorialRanges } from '../structure/editorialNotes.js'
import { type AnchorAutomaton, buildAnchorAutomaton, segmentsByAnchor } from './anchors.js'
import {
  CLAUSE_REACH,
  clauseAround,
  isCourtClause,
  isProhibited,
  sentenceBefore,
  subjectBefore,
} from './context.js'
import { explain } from './explanations.js'
import { primeAnchors } from './matcher.js'
import { type MatchLang, matchLangOf, type Normalized, normalize, toOriginal } from './normalize.js'
import { compileRules, type DetectorKey, matchAll, type Rule, type Segments, segmentAt } from './rules.js'
import { EN_RULES } from './rules-en.js'
import { FACTOR_RULES } from './rules-factors.js'
import { ROUND4_RULES } from './rules-round4.js'
import { ROUND5_EN_RULES } from './rules-round5-en.js'
import { ROUND5_RU_RULES } from './rules-round5-ru.js'
import { ROUND5_UZ_RULES } from './rules-round5-uz.js'
import { ROUND6_EN_RULES } from './rules-round6-en.js'
import { ROUND6_RU_RULES } from './rules-round6-ru.js'
import { ROUND6_UZ_RULES } from './rules-round6-uz.js'
import { RU_RULES } from './rules-ru.js'
import { UZ_RULES } from './rules-uz.js'
import { type Hit, type Joined, structuralHits } from './structural.js'

export { normalize, toOriginal } from './normalize.js'
export { DETECTOR_KEYS, type DetectorKey } from './rules.js'

/** A candidate factor found by the marker detector (contract: `GET /api/drafts/:id/suggestions`). */
export type Suggestion = {
  unitId: string
  /** JS string offsets into `unit.text`, end exclusive; `quote === unit.text.slice(start, end)`. */
  start: number
  end: number
  quote: string
  /** A factor id of the pack the caller passed. */
  factorId: string
  /** The id of the rule that fired, e.g. `uz.may.haqli` or `ru.structure.no-time-limit`. */
  marker: string
  /** Why, in `opts.explainIn`. */
  explanation: string
}

/** Options of `detect`: the draft's language and the language of the explanations. */
export type DetectOptions = { language: LanguageTag; explainIn: LanguageTag }

const RULE_SPECS = {
  uz: [...UZ_RULES, ...FACTOR_RULES.uz, ...ROUND4_RULES.uz, ...ROUND5_UZ_RULES, ...ROUND6_UZ_RULES],
  ru: [...RU_RULES, ...FACTOR_RULES.ru, ...ROUND4_RULES.ru, ...ROUND5_RU_RULES, ...ROUND6_RU_RULES],
  en: [...EN_RULES, ...FACTOR_RULES.en, ...ROUND4_RULES.en, ...ROUND5_EN_RULES, ...ROUND6_EN_RULES],
}
const compiled = new Map<MatchLang, Rule[]>()

const automata = new Map<MatchLang, AnchorAutomaton>()

/** The anchors of all of a language's rules in one automaton (built once). */
function automatonFor(lang: MatchLang): AnchorAutomaton {
  let automaton = automata.get(lang)
  if (!automaton) {
    automaton = buildAnchorAutomaton(rulesFor(lang).flatMap((r) => r.parts.flatMap((p) => p.anchors ?? [])))
    automata.set(lang, automaton)
  }
  return automaton
}

/** The compiled rules of one matching language (compiled once). */
export function rulesFor(lang: MatchLang): Rule[] {
  let rules = compiled.get(lang)
  if (!rules) {
    rules = compileRules(RULE_SPECS[lang], lang)
    compiled.set(lang, rules)
  }
  return rules
}

/** Which factor of `pack` receives each detector key; the first factor that lists a key wins. */
export function keyMapping(pack: Methodology): Map<DetectorKey, string> {
  const map = new Map<DetectorKey, string>()
  for (const f of pack.factors)
    for (const k of f.detectorKeys ?? []) if (!map.has(k as DetectorKey)) map.set(k as DetectorKey, f.id)
  return map
}

/**
 * Whether a rule's hit survives the context rules (subject, prohibition, exclusions). `leadIn` is
 * the folded text of the list's lead-in ("Президент Российской Федерации:") when the hit lies in
 * one of its items, else ''.
 */
function accept(rule: Rule, text: string, a: number, b: number, leadIn = ''): boolean {
  const matched = text.slice(a, b)
  if (rule.except?.test(matched)) return false
  if (rule.notPreceded?.test(text.slice(Math.max(0, a - 60), a))) return false
  if (rule.notFollowed?.test(text.slice(b, b + 60))) return false
  const clause = clauseAround(text, a, b)
  const clauseText = text.slice(clause.start, clause.end)
  if (rule.clauseHas && !rule.clauseHas.test(clauseText)) return false
  if (rule.clauseLacks?.test(clauseText)) return false
  if (!rule.keepIfProhibited && isProhibited(text, clause, a, b, rule.lang)) return false
  if (rule.subject) {
    // A court deciding makes it no discretion; a court named only after an official's "may"
    // ("… вправе приостанавливать … до решения этого вопроса судом") does not.
    const own = subjectBefore(text.slice(clause.start, a), rule.lang)
    if (isCourtClause(own === 'authority' ? text.slice(clause.start, b) : clauseText, rule.lang)) return false
    // "… он может передать": a clause without a named actor takes the subject of the sentence before.
    // A list item ("б) …; вправе председательствовать") takes the subject of the list's lead-in.
    const subject =
      own ??
      subjectBefore(text.slice(sentenceBefore(text, clause.start), clause.start), rule.lang) ??
      (leadIn ? subjectBefore(leadIn, rule.lang) : null)
    if (rule.subject === 'authority' ? subject !== 'authority' : subject === 'private' || subject === 'court')
      return false
  }
  return true
}

/**
 * For every unit, the index of the lead-in of the list it is an item of: the nearest earlier unit
 * ending with ":", reached through items that end with ";" or "," (one pass, linear).
 */
function listLeadIns(text: string, units: Segments): number[] {
  const lead: number[] = []
  // The closing mark, ignoring a trailing note in brackets ("…; (В редакции Закона …)").
  const closing = (k: number) =>
    text
      .slice(Math.max(units.from[k], units.to[k] - 300), units.to[k])
      .replace(/\s*\([^()]*\)\s*$/u, '')
      .trimEnd()
      .slice(-1)
  for (let k = 0; k < units.from.length; k++) {
    const prev = k > 0 ? closing(k - 1) : ''
    lead.push(prev === ':' ? k - 1 : prev === ';' || prev === ',' ? lead[k - 1] : -1)
  }
  return lead
}

function lexicalHits(text: string, rules: Rule[], units: Segments): Hit[] {
  const hits: Hit[] = []
  const leads = listLeadIns(text, units)
  if (rules.length) primeAnchors(segmentsByAnchor(automatonFor(rules[0].lang), text, units), text, units)
  const leadText = (k: number) =>
    leads[k] >= 0 ? text.slice(units.from[leads[k]], units.to[leads[k]]).slice(0, CLAUSE_REACH) : ''
  for (const rule of rules) {
    matchAll(
      rule.parts,
      text,
      (a, b) => {
        const unit = segmentAt(units, a)
        if (accept(rule, text, a, b, rule.subject ? leadText(unit) : ''))
          hits.push({
            unit,
            a,
            b,
            key: rule.key,
            ruleId: rule.id,
            priority: rule.priority,
          })
      },
      units,
    )
  }
  return hits
}

/** Folds all units at once, joined by U+0001: one pass and one scan per rule, however many units. */
function foldJoined(
  units: Unit[],
  lang: MatchLang,
): { joined: Joined; norm: Normalized; origFrom: number[] } {
  const origFrom: number[] = []
  let pos = 0
  for (const u of units) {
    origFrom.push(pos)
    pos += u.text.length + 1
  }
  const norm = normalize(units.map((u) => u.text).join('\u0001'), lang)
  const from: number[] = [0]
  const to: number[] = []
  for (let k = norm.text.indexOf('\u0001'); k >= 0; k = norm.text.indexOf('\u0001', k + 1)) {
    to.push(k)
    from.push(k + 1)
  }
  to.push(norm.text.length)
  return { joined: { text: norm.text, from, to }, norm, origFrom }
}

const HEADING =
  /^\s*(?:#+\s*)?(?:статья|стаття|modda|модда|article|sec\.|section|\d+(?:\.\d+)?\s*-\s*(?:modda|модда)|§)/i

/** Headings (an article's title line, a chapter line) name a topic; they carry no norm to flag. */
function isHeading(unit: Unit): boolean {
  if (unit.kind === 'division') return true
  if (unit.kind !== 'article' || unit.text.length >= 300) return false
  return HEADING.test(unit.text) || UK_SECTION_HEADING.test(unit.text)
}

/** A UK section's own unit is its heading line ("6 Possession etc. of articles …"); its subsections are units of their own. */
const UK_SECTION_HEADING = /^\d{1,3}[A-Z]{0,2} \p{Lu}[^\n]{0,150}$/u

/**
 * Keeps the strongest of overlapping hits; an absence check only yields to a hit of the same key.
 * O(n log n): hits are ranked once, and each is compared only with kept hits of its unit that
 * start within one longest-hit length before it (kept hits are bucketed by start position).
 */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const ranked = [...hits].sort((x, y) => y.priority - x.priority || y.b - y.a - (x.b - x.a) || x.a - y.a)
  let width = 1
  for (const h of ranked) width = Math.max(width, h.b - h.a)
  const buckets = new Map<number, Hit[]>()
  const kept: Hit[] = []
  for (const h of ranked) {
    let clash = false
    for (let k = Math.floor((h.a - width) / width); k <= Math.floor(h.b / width) && !clash; k++) {
      clash = (buckets.get(k) ?? []).some(
        (o) =>
          o.unit === h.unit &&
          o.a < h.b &&
          h.a < o.b &&
          ((o.priority > 0 && h.priority > 0) || o.key === h.key),
      )
    }
    if (clash) continue
    kept.push(h)
    const k = Math.floor(h.a / width)
    const list = buckets.get(k)
    if (list) list.push(h)
    else buckets.set(k, [h])
  }
  return kept
}

/**
 * Drops suggestions in lex.uz's own words inside a unit (labels, "LexUZ шарҳи" comments, amendment
 * notes): "Қўшимча маълумот учун қаранг" is a link, not a norm that asks for more documents.
 */
function withoutEditorialNotes<S extends { order: number; start: number; end: number }>(
  suggestions: S[],
  units: Unit[],
): S[] {
  const notes = new Map<number, { start: number; end: number }[]>()
  return suggestions.filter((s) => {
    const ranges = notes.get(s.order) ?? editorialRanges(units[s.order].text)
    notes.set(s.order, ranges)
    return !ranges.some((r) => s.start < r.end && r.start < s.end)
  })
}

/**
 * Finds candidate corruptogenic factors in a draft's units. Returns [] for a pack that maps no
 * detector keys. Suggestions are stable and sorted in document order.
 */
export function detect(units: Unit[], pack: Methodology, opts: DetectOptions): Suggestion[] {
  const mapping = keyMapping(pack)
  if (mapping.size === 0 || units.length === 0) return []
  const lang = matchLangOf(opts.language)
  const rules = rulesFor(lang).filter((r) => mapping.has(r.key))
  const { joined, norm, origFrom } = foldJoined(units, lang)
  const unitAt = (pos: number) => segmentAt(joined, pos)
  const heading = units.map(isHeading)
  const hits = lexicalHits(joined.text, rules, joined).filter((h) => !heading[h.unit])
  for (const h of structuralHits(units, joined, lang, unitAt))
    if (mapping.has(h.key) && !heading[h.unit]) hits.push(h)
  const out: (Suggestion & { order: number })[] = resolveOverlaps(hits).map((h) => {
    const unit = units[h.unit]
    const span = toOriginal(norm, h.a, h.b)
    const start = span.start - origFrom[h.unit]
    const end = span.end - origFrom[h.unit]
    const quote = unit.text.slice(start, end)
    return {
      order: h.unit,
      unitId: unit.id,
      start,
      end,
      quote,
      factorId: mapping.get(h.key) as string,
      marker: h.ruleId,
      explanation: explain(h.key, h.ruleId, quote, opts.explainIn),
    }
  })
  out.sort(
    (x, y) => x.order - y.order || x.start - y.start || x.end - y.end || x.factorId.localeCompare(y.factorId),
  )
  return withoutEditorialNotes(out, units).map(({ order: _order, ...s }) => s)
}
