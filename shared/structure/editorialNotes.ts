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

/** Marks page labels, amendment notes and editors' comments to join the unit above them. */
export function attachEditorialNotes(lines: ClassifiedLine[]): void {
  let inComment = false
  for (const l of lines) {
    const commentLine = inComment && !l.marker
    inComment = false
    if (COMMENT_LABEL.test(l.text)) {
      inComment = true
    } else if (commentLine) {
      // A comment that ends with a colon goes on to list what it refers to.
      inComment = l.text.endsWith(':')
    } else if (!(PAGE_LABEL.test(l.text) || isAmendmentNote(l.text))) continue
    l.marker = null
    l.attach = true
  }
}
