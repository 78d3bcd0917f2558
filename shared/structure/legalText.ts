import type { Unit } from '../domain/draft.js'

/**
 * Normative wording: the verbs and formulas that make a sentence a rule rather than a report
 * ("shall", "вправе", "belgilanadi", "tasdiqlansin"). Topic words ("corruption", "закон") are not
 * enough: a news item about a law talks about rules without laying any down.
 */
const NORMATIVE: readonly RegExp[] = [
  // English
  /\b(?:shall|must not|may not|is (?:entitled|prohibited|liable|required) to|is guilty of an offence|in accordance with (?:section|subsection|this Act)|(?:sub)?section \d+(?:\(\d+\))?|Article \d+|this Act|these Regulations|(?:Secretary|Minister|Ministers|Commissioner|Authority|Agency|Administrator) (?:may|must))\b/giu,
  // Russian
  /(?:^|[^\p{L}])(?:вправе|обязан[аоы]?|запрещается|не допускается|устанавливается|определяется|утверждается|подлежит|подлежат|постановля(?:ю|ет)|настоящ(?:ий|его|им|ая|ей|ее|его) (?:Закон|Кодекс|Положени|Постановлени|Указ|Правил)|в порядке, установленном|статьей \d+|Статья \d+)(?=[^\p{L}]|$)/giu,
  // Uzbek Latin
  /(?:^|[^\p{L}ʻ‘’'`])(?:haqli(?:dir)?|majbur|taqiqlanadi|yoʻl qoʻyilmaydi|yo[‘'’`]l qo[‘'’`]yilmaydi|belgilanadi|belgilansin|tasdiqlansin|yuklansin|topshirilsin|amalga oshiriladi|nazarda tutilgan|belgilangan tartibda|ushbu Qonun\p{L}*|mazkur (?:Nizom|qaror)\p{L}*|qaror qila(?:man|di)|\d+-modda\p{L}*)(?=[^\p{L}]|$)/giu,
  // Uzbek Cyrillic
  /(?:^|[^\p{L}])(?:ҳақли(?:дир)?|мажбур|тақиқланади|йўл қўйилмайди|белгиланади|белгилансин|тасдиқлансин|юклансин|топширилсин|амалга оширилади|назарда тутилган|белгиланган тартибда|ушбу Қонун\p{L}*|мазкур (?:Низом|қарор)\p{L}*|қарор қила(?:ман|ди)|\d+-модда\p{L}*)(?=[^\p{L}]|$)/giu,
]

/** Why a text is not taken for a draft; the message tells the user what was looked for. */
export type LegalTextVerdict = { legal: true } | { legal: false; message: string }

/** How many normative formulas the text holds, in any of the four languages. */
export function normativeCount(text: string): number {
  let n = 0
  for (const re of NORMATIVE) n += text.match(re)?.length ?? 0
  return n
}

/**
 * Decides whether parsed text is a legal text worth reviewing: an act with articles or sections,
 * a resolution or regulation whose points or chapters lay down rules, or a short excerpt whose
 * wording is normative. A shopping list, a letter or a news item about a law is none of these.
 */
export function judgeLegalText(text: string, units: readonly Unit[]): LegalTextVerdict {
  const count = (k: Unit['kind']) => units.filter((u) => u.kind === k).length
  const normative = normativeCount(text)
  const grouped = count('division') + count('annex') > 0 || count('point') >= 2 || count('part') >= 2
  if (count('article') > 0 && normative > 0) return { legal: true }
  if (grouped && normative >= 2) return { legal: true }
  // An excerpt without headings: rules come thick, at least one per 600 characters of text.
  if (normative >= 1 && normative * 600 >= text.length) return { legal: true }
  const what =
    count('article') + count('point') + count('division') === 0
      ? 'no articles, sections or numbered points'
      : 'numbering but'
  return {
    legal: false,
    message:
      `This text does not look like a legal text: it has ${what} ` +
      `${what.endsWith('but') ? '' : 'and '}almost no normative wording (such as “shall”, “вправе”, ` +
      '“belgilanadi” or “tasdiqlansin”) — it reads like a list, a letter or a news item. ' +
      'To review it anyway, send it as plain text.',
  }
}
