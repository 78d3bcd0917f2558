/**
 * The rich-text schema of a finding's rationale and proposal, defined once: both editors (room and
 * consolidation) build on these extensions, and the server's plain-text reader (`richText.ts`) asks the
 * same schema which nodes are lines and which are line breaks, so the two cannot drift apart.
 */
import { type Extensions, getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

/** The content extensions of the rich-text fields (Collaboration brings its own per-user undo). */
export function richTextExtensions(): Extensions {
  return [StarterKit.configure({ undoRedo: false, heading: false, codeBlock: false, horizontalRule: false })]
}

/** The ProseMirror schema those extensions make. */
export const richTextSchema = getSchema(richTextExtensions())

/** Whether an element of this name holds one line of text (a paragraph). */
export function isLineNode(name: string): boolean {
  return richTextSchema.nodes[name]?.isTextblock === true
}

/** Whether an element of this name is a line break inside a line (an inline leaf that is not text). */
export function isBreakNode(name: string): boolean {
  const type = richTextSchema.nodes[name]
  return type?.isInline === true && type.isLeaf && !type.isText
}
