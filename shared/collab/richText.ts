/** Rich-text fields (TipTap's Y.XmlFragment) as plain text, and back. */
import * as Y from 'yjs'

/** Plain text of a TipTap fragment: one line per block. */
export function fragmentToPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = []
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment, out: string[]): void => {
    if (node instanceof Y.XmlText) {
      out.push(
        node
          .toDelta()
          .map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
          .join(''),
      )
      return
    }
    const parts: string[] = []
    for (const child of node.toArray()) walk(child as Y.XmlElement | Y.XmlText, parts)
    const text = parts.join('')
    if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') out.push('\n')
    else if (node instanceof Y.XmlElement && isBlock(node.nodeName)) lines.push(text)
    else out.push(text)
  }
  for (const child of fragment.toArray()) {
    const parts: string[] = []
    walk(child as Y.XmlElement | Y.XmlText, parts)
    if (parts.length) lines.push(parts.join(''))
  }
  return lines.join('\n').trim()
}

function isBlock(name: string): boolean {
  return name === 'paragraph' || name === 'heading' || name === 'listItem' || name === 'blockquote'
}

/** Fill an empty fragment with paragraphs of plain text (used by REST and merges). */
export function setFragmentPlainText(fragment: Y.XmlFragment, text: string): void {
  if (fragment.length) fragment.delete(0, fragment.length)
  const paragraphs = text.split(/\r?\n/)
  const nodes = paragraphs.map((line) => {
    const p = new Y.XmlElement('paragraph')
    if (line) p.insert(0, [new Y.XmlText(line)])
    return p
  })
  fragment.insert(0, nodes)
}
