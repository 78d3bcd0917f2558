/**
 * The server reads rich-text fields through the node tables of shared/collab/richTextNodes.ts (so it
 * never loads TipTap); they must say what the editors' schema says, node by node.
 */
import { describe, expect, it } from 'vitest'
import { BREAK_NODES, isBreakNode, isLineNode, LINE_NODES } from '../../../shared/collab/richTextNodes.js'
import { richTextSchema } from '../../../shared/collab/richTextSchema.js'

describe('rich-text node tables', () => {
  const nodes = Object.entries(richTextSchema.nodes)

  it('name exactly the text blocks of the schema as lines', () => {
    const lines = nodes.filter(([, t]) => t.isTextblock).map(([name]) => name)
    expect([...LINE_NODES].sort()).toEqual(lines.sort())
    for (const [name, t] of nodes) expect(isLineNode(name)).toBe(t.isTextblock)
  })

  it('name exactly the inline non-text leaves of the schema as breaks', () => {
    const breaks = nodes.filter(([, t]) => t.isInline && t.isLeaf && !t.isText).map(([name]) => name)
    expect([...BREAK_NODES].sort()).toEqual(breaks.sort())
    for (const [name, t] of nodes) expect(isBreakNode(name)).toBe(t.isInline && t.isLeaf && !t.isText)
  })

  it('know nothing the schema does not have', () => {
    expect(isLineNode('heading')).toBe(false)
    expect(isBreakNode('image')).toBe(false)
  })
})
