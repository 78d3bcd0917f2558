/**
 * Which elements of a rich-text field (the schema of `richTextSchema.ts`) are lines and which are line
 * breaks, as plain tables. The server reads rationale text through these without loading TipTap and
 * ProseMirror, which it needs for nothing else (about 2 MB of resident heap at idle);
 * tests/shared/collab/richTextNodes.test.ts asks the real schema, so the tables cannot drift from it.
 */

/** Elements that hold one line of text (the schema's text blocks). */
export const LINE_NODES: ReadonlySet<string> = new Set(['paragraph'])

/** Inline leaves that are not text: each is a line break inside a line. */
export const BREAK_NODES: ReadonlySet<string> = new Set(['hardBreak'])

/** Whether an element of this name holds one line of text (a paragraph). */
export function isLineNode(name: string): boolean {
  return LINE_NODES.has(name)
}

/** Whether an element of this name is a line break inside a line (an inline leaf that is not text). */
export function isBreakNode(name: string): boolean {
  return BREAK_NODES.has(name)
}
