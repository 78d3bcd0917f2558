/**
 * The rich-text schema of a finding's rationale and proposal, defined once: both editors (room and
 * consolidation) build on these extensions. The server's plain-text reader (`richText.ts`) reads which
 * nodes are lines and which are line breaks from `richTextNodes.ts`, a test holds those tables to this
 * schema, so the two cannot drift apart while the server never loads TipTap.
 */
import { type Extensions, getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

/** The content extensions of the rich-text fields (Collaboration brings its own per-user undo). */
export function richTextExtensions(): Extensions {
  return [StarterKit.configure({ undoRedo: false, heading: false, codeBlock: false, horizontalRule: false })]
}

/** The ProseMirror schema those extensions make. */
export const richTextSchema = getSchema(richTextExtensions())
