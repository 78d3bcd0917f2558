import type { ClassifiedLine } from './classify.js'

/**
 * An act copied from lex.uz brings the page's furniture and the editors' notes with it: "Олдинги
 * таҳрирга қаранг." above an amended part, "(1-модданинг биринчи қисми … таҳририда — ЎР ҚҲТ, …)"
 * under it, and a "LexUZ шарҳи" comment with its "Қаранг: …" lines. None of them is a norm, so
 * none may count as a part or a point, or every later part would be numbered one too high. They
 * stay in the text (every character belongs to a unit) and join the unit above them.
 */

/** lex.uz buttons and links that land in a copied text as lines of their own. */
const PAGE_LABEL = new RegExp(
  '^(?:' +
    [
      'Oldingi tahrirga qarang',
      'Олдинги таҳрирга қаранг',
      'См\\. предыдущую редакцию',
      'См\\. судебную практику',
      'Hujjatga taklif yuborish',
      'Ҳужжатга таклиф юбориш',
      'Предложения по документу',
      'Audioni tinglash',
      'Аудиони тинглаш',
      'Прослушать аудио',
      'Hujjat elementidan havola olish',
      'Ҳужжат элементидан ҳавола олиш',
      'Получить ссылку из элемента документа',
    ].join('|') +
    ')\\.?$',
  'u',
)

/** A page label followed by the rest of a paragraph that went on after it. */
const PAGE_LABEL_PREFIX = new RegExp(`${PAGE_LABEL.source.replace(/\$$/, '')}\\s`, 'u')

/** The heading of an editors' comment; the comment itself is the line after it. */
const COMMENT_LABEL = /^(?:LexUZ sharhi|LexUZ шарҳи|Комментарий LexUz)$/iu

/** Where an amendment or the act itself was published, or what an amendment did. */
const NOTE_WORDS =
  /таҳририда|тўлдирил|чиқарил|киритил|алмаштирил|кучини йўқот|ўзгартирил|миллий базаси|Ахборотнома|ҚҲТ|tahririda|to[ʻ‘'’`]?ldiril|chiqaril|kiritil|almashtiril|kuchini yo[ʻ‘'’`]?qot|o[ʻ‘'’`]?zgartiril|milliy bazasi|Axborotnoma|QHT|в редакции|дополнен|утратил|исключен|изложен|Собрание законодательства|Национальная база данных|Ведомости/u

/** An act's reference in a note: "…-сон", "№ ЗРУ-…", a date. */
const NOTE_REFERENCE = /-(?:сон|son)\b|№\s*\S|\d{1,2}\.\d{2}\.\d{4}|\d{4}\s*(?:йил|yil|года|г\.|й\.|y\.)/u

/** A whole line in brackets that says where an amendment or the act was published. */
export function isAmendmentNote(text: string): boolean {
  return (
    text.startsWith('(') &&
    text.endsWith(')') &&
    text.length <= 1500 &&
    NOTE_WORDS.test(text) &&
    NOTE_REFERENCE.test(text)
  )
}

/** Whether a whole line is editorial, given whether an editors' comment is open above it. */
function editorialLine(text: string, inComment: boolean): boolean {
  return inComment || COMMENT_LABEL.test(text) || PAGE_LABEL.test(text) || isAmendmentNote(text)
}

/** Whether an editors' comment goes on after this line: its heading, or a line that ends in a colon. */
function commentContinues(text: string, inComment: boolean): boolean {
  return COMMENT_LABEL.test(text) || (inComment && text.endsWith(':'))
}

/** Marks page labels, amendment notes and editors' comments to join the unit above them. */
export function attachEditorialNotes(lines: ClassifiedLine[]): void {
  let inComment = false
  for (const l of lines) {
    // A heading ends a comment: "LexUZ шарҳи" / "Қаранг: …" / "5-модда. …".
    const open = inComment && !l.marker
    inComment = commentContinues(l.text, open)
    if (!editorialLine(l.text, open)) continue
    l.marker = null
    l.attach = true
  }
}

/** How much of a line opens with a page label or a bracketed note the paragraph went on after. */
function leadingLength(line: string): number {
  const label = PAGE_LABEL_PREFIX.exec(line)
  if (label) return label[0].trimEnd().length
  const close = line.startsWith('(') ? line.indexOf(')') : -1
  return close > 0 && isAmendmentNote(line.slice(0, close + 1)) ? close + 1 : 0
}

/**
 * The stretches of a unit's text that are lex.uz labels, comments or amendment notes (offsets into
 * the text, end exclusive), so a reader can tell them from the norm. Works on either script.
 */
export function editorialRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let at = 0
  let inComment = false
  for (const line of text.split('\n')) {
    const length = editorialLine(line, inComment) ? line.length : leadingLength(line)
    if (length > 0) out.push({ start: at, end: at + length })
    inComment = commentContinues(line, inComment)
    at += line.length + 1
  }
  return out
}
