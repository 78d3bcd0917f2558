import type { Unit } from '../domain/draft.js'
import type { LanguageTag } from '../domain/language.js'
import { textLabel } from './labels.js'
import { caseClass, endsParagraph } from './lineText.js'

type TextRole = 'title' | 'preamble' | 'text'

/** The enacting words that close a preamble ("… qaror qilaman:", "постановляет:", "An Act to …"). */
const ENACTING =
  /^An Act (?:of the Scottish Parliament )?to\s|qaror qila(?:man|di)|қарор қила(?:ман|ди)|постановля(?:ю|ет)|ПОСТАНОВЛЯ|приказываю|buyuraman|буюраман|Be it enacted|enacts as follows|принимаем/u

/** A heading that names the kind of act and its maker: "… ВАЗИРЛАР МАҲКАМАСИНИНГ ҚАРОРИ", "ПОСТАНОВЛЕНИЕ …". */
const ACT_KIND =
  /(?:ҚАРОРИ|QARORI|ФАРМОНИ|FARMONI|ФАРМОЙИШИ|FARMOYISHI|БУЙРУҒИ|BUYRUG[ʻ‘'’`]I)$|^(?:ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|УКАЗ|ПРИКАЗ)(?:\s|$)/u
/** lex.uz sets a law's kind line in sentence case: "Ўзбекистон Республикасининг қонуни". */
const LAW_KIND_LINE =
  /^(?:Ўзбекистон Республикасининг|O[ʻ‘'’`]?zbekiston Respublikasining)(?: [\p{L}-]+)? (?:қонуни|кодекси|qonuni|kodeksi)$/iu
const TITLE_END = /(?:тўғрисида|to[ʻ‘'’`]g[ʻ‘'’`]risida|ҳақида|haqida)$/iu

/**
 * Under an act-kind heading the act's own title follows ("Давлат хизматларини … тўғрисида",
 * "О мерах по …"); it belongs to the title block even when it is not in capitals, and the
 * preamble starts after it. A title wrapped over lines continues in lower case.
 */
export function titleContinues(head: string, line: string): boolean {
  const lines = head.split('\n')
  if (!opensTitleBlock(lines[0])) return false
  if (ENACTING.test(line) || endsParagraph(line) || line.length > 250) return false
  const last = lines.at(-1) ?? ''
  if (lines.length === 1) return /^\p{Lu}/u.test(line)
  return /^\p{Ll}/u.test(line) && !TITLE_END.test(last) && caseClass(last) === 'mixed'
}

/** A first line that names the kind of act: the title block starts here. */
function opensTitleBlock(line: string): boolean {
  const first = line.replace(/\s+/g, ' ').trim()
  return (ACT_KIND.test(first) && caseClass(first) === 'upper') || LAW_KIND_LINE.test(first)
}

/**
 * Roles of the paragraphs before the first heading: the first is the title, the one with the
 * enacting words (or, failing that, a long last paragraph in prose) the preamble, the rest text.
 */
export function assignFrontRoles(units: Unit[], structureFollows: boolean, language: LanguageTag): void {
  let pre = structureFollows ? units.findIndex((u) => ENACTING.test(u.text)) : -1
  const last = units.at(-1)
  if (
    structureFollows &&
    pre < 0 &&
    last &&
    caseClass(last.text) === 'mixed' &&
    last.text.length >= 40 &&
    !last.text.startsWith('(') &&
    !opensTitleBlock(last.text.split('\n')[0])
  ) {
    pre = units.length - 1
  }
  units.forEach((u, i) => {
    const role: TextRole = i === pre ? 'preamble' : i === 0 ? 'title' : 'text'
    u.kind = role === 'preamble' ? 'preamble' : 'text'
    u.label = textLabel(language, role, null)
  })
}
