import { Parser } from 'htmlparser2'
import { toSuperscript } from '../../shared/structure/lineText.js'

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'head',
  'select',
  'button',
])
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'br',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
  'dl',
  'hr',
  'address',
  'figure',
  'figcaption',
  'main',
  'nav',
  'aside',
  'caption',
  'center',
  'body',
  'tbody',
  'thead',
  'tfoot',
])

/** Plain text and title taken from an HTML document. */
export interface HtmlText {
  text: string
  title?: string
}

/**
 * Extracts the text and paragraph structure of HTML without rendering or executing anything:
 * scripts, styles and embedded objects are dropped, blocks become lines, an empty paragraph
 * becomes a blank line, digits in <sup> become superscripts (18<sup>1</sup>-modda → 18¹-modda),
 * and items of ordered lists get their number ("1) …") because Word numbering is not in the text.
 */
export function htmlToText(html: string): HtmlText {
  const lines: string[] = []
  let cur = ''
  let skipDepth = 0
  let inTitle = false
  let title = ''
  let firstH1: string | null = null
  let h1Depth = 0
  let h1Text = ''
  let supDepth = 0
  let preDepth = 0
  const paragraphHasText: boolean[] = []
  const lists: { ordered: boolean; n: number }[] = []

  const flush = () => {
    if (cur.trim()) lines.push(cur.trim())
    cur = ''
  }
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true
        if (SKIP.has(name)) skipDepth++
        if (skipDepth) return
        if (BLOCK.has(name)) flush()
        if (name === 'p') paragraphHasText.push(false)
        if (name === 'sup') supDepth++
        if (name === 'pre') preDepth++
        if (name === 'h1' && firstH1 === null) h1Depth++
        if (name === 'td' || name === 'th') cur += ' '
        if (name === 'ol' || name === 'ul') lists.push({ ordered: name === 'ol', n: 0 })
        if (name === 'li') {
          const list = lists.at(-1)
          if (list?.ordered) cur += `${++list.n}) `
        }
      },
      ontext(data) {
        if (inTitle) title += data
        if (skipDepth) return
        let t = preDepth ? data : data.replace(/\s+/g, ' ')
        if (supDepth && /^\s*\d+\s*$/.test(t)) t = toSuperscript(t.trim())
        if (t.trim() && paragraphHasText.length) paragraphHasText[paragraphHasText.length - 1] = true
        if (h1Depth) h1Text += t
        cur += preDepth ? t.replace(/\n/g, ' \n') : t
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1)
          return
        }
        if (skipDepth) return
        if (name === 'sup') supDepth--
        if (name === 'pre') preDepth--
        if (name === 'ol' || name === 'ul') lists.pop()
        if (name === 'h1' && h1Depth) {
          h1Depth--
          if (!h1Depth) firstH1 = h1Text.trim()
        }
        if (BLOCK.has(name)) {
          flush()
          if (name === 'p' && paragraphHasText.pop() === false) lines.push('')
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  flush()
  const text = lines.join('\n').replace(/ \n/g, '\n')
  const t = (title.trim() || firstH1 || '').replace(/\s+/g, ' ')
  return t ? { text, title: t } : { text }
}
