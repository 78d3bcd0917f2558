/** Rich-text fields (TipTap's Y.XmlFragment) as plain text, and back, by the schema of `richTextSchema.ts`
 * (its line and break nodes, `richTextNodes.ts`). */
import * as Y from 'yjs'
import { isBreakNode, isLineNode } from './richTextNodes.js'

/** The text inside one line: text runs, a line break for each break node, nested inline elements. */
function lineText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText)
    return node
      .toDelta()
      .map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
      .join('')
  if (isBreakNode(node.nodeName)) return '\n'
  return node
    .toArray()
    .map((child) => lineText(child as Y.XmlElement | Y.XmlText))
    .join('')
}

/**
 * Plain text of a rich-text fragment: one line per text block of the schema (`richTextSchema.ts`);
 * lists, quotes and unknown elements are containers whose lines are read in order.
 */
export function fragmentToPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = []
  const walk = (node: Y.XmlElement | Y.XmlText): void => {
    if (node instanceof Y.XmlText || isLineNode(node.nodeName)) lines.push(lineText(node))
    else if (!isBreakNode(node.nodeName))
      for (const child of node.toArray()) walk(child as Y.XmlElement | Y.XmlText)
  }
  for (const child of fragment.toArray()) walk(child as Y.XmlElement | Y.XmlText)
  return lines.join('\n').trim()
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
