/**
 * A small collaborative rich-text editor bound to one Y.XmlFragment of the consolidated room (a
 * finding's rationale or proposal), so several experts edit the same text live.
 */
import Collaboration from '@tiptap/extension-collaboration'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import { richTextExtensions } from '../../../../shared/collab/richTextSchema'

/** Edit (or, read-only, show) the rich text in `fragment`. */
export function FragmentEditor({
  fragment,
  editable,
  label,
  testId,
}: {
  fragment: Y.XmlFragment
  editable: boolean
  label: string
  testId?: string
}) {
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own per-user undo; StarterKit's history would fight it.
        ...richTextExtensions(),
        Collaboration.configure({ fragment }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'cmp-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(testId ? { 'data-testid': testId } : {}),
          ...(editable ? {} : { 'aria-readonly': 'true' }),
        },
      },
    },
    // A new fragment (another finding, or a remount after StrictMode) needs a new editor (tiptap#6882).
    [fragment],
  )
  useEffect(() => {
    editor?.setEditable(editable)
  }, [editor, editable])
  return <EditorContent editor={editor} />
}
