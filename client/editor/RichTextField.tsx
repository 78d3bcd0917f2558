/**
 * Collaborative rich text bound to one Y.XmlFragment of a finding (rationale or proposal).
 * Carets of group mates come from CollaborationCaret over the room's shared awareness: only the
 * focused editor publishes the `cursor` field and a caret resolves only inside its own fragment,
 * so several fields on one awareness don't collide.
 */

import { Extension } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { EditorContent, useEditor } from '@tiptap/react'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { richTextExtensions } from '../../shared/collab/richTextSchema'
import './richText.css'

/** The person typing, as carets show them. */
export type CaretUser = { id: string; name: string; color: string }

/** Props of one rich-text field. */
export type RichTextFieldProps = {
  fragment: Y.XmlFragment
  provider: WebsocketProvider | null
  user: CaretUser
  editable: boolean
  label: string
  placeholder?: string
  maxChars: number
  /** said when an edit or a paste would pass `maxChars` and is refused */
  tooLongMessage?: string
  testId: string
  /** translated names of the formatting buttons */
  tools: { bold: string; italic: string; list: string }
  onFocusChange?: (focused: boolean) => void
}

/**
 * Refuse local edits that would pass the length limit; remote changes always apply. `onRefused`
 * hears of each refusal (so a paste that was too long is not dropped silently).
 */
const lengthLimit = (max: number, onRefused: (refused: boolean) => void) =>
  Extension.create({
    name: 'lengthLimit',
    addProseMirrorPlugins: () => [
      new Plugin({
        key: new PluginKey('lengthLimit'),
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined) return true
          const ok =
            tr.doc.textContent.length <= max || tr.doc.textContent.length <= state.doc.textContent.length
          onRefused(!ok)
          return ok
        },
      }),
    ],
  })

/** A collaborative rich-text field. */
export function RichTextField(props: RichTextFieldProps) {
  const { fragment, provider, user, editable, label, maxChars, testId, onFocusChange } = props
  const [tooLong, setTooLong] = useState(false)
  const editor = useEditor(
    {
      extensions: [
        ...richTextExtensions(),
        Collaboration.configure({ fragment }),
        ...(provider ? [CollaborationCaret.configure({ provider, user })] : []),
        lengthLimit(maxChars, setTooLong),
      ],
      editable,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'rich-text',
          'data-testid': testId,
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          ...(props.placeholder ? { 'data-placeholder': props.placeholder } : {}),
        },
      },
      onFocus: () => onFocusChange?.(true),
      onBlur: () => onFocusChange?.(false),
    },
    [fragment, provider],
  )
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  return (
    <div className={`rich-text-field${editable ? '' : ' is-readonly'}`}>
      {editable && editor ? (
        <div className="rich-text-tools" role="toolbar" aria-label={label}>
          <button
            type="button"
            className="rt-btn"
            aria-label={props.tools.bold}
            title={`${props.tools.bold} (Ctrl+B)`}
            onClick={() => editor.chain().focus().toggleBold().run()}
          >
            <b>B</b>
          </button>
          <button
            type="button"
            className="rt-btn"
            aria-label={props.tools.italic}
            title={`${props.tools.italic} (Ctrl+I)`}
            onClick={() => editor.chain().focus().toggleItalic().run()}
          >
            <i>I</i>
          </button>
          <button
            type="button"
            className="rt-btn"
            aria-label={props.tools.list}
            title={`${props.tools.list} (Ctrl+Shift+8)`}
            onClick={() => editor.chain().focus().toggleBulletList().run()}
          >
            •
          </button>
        </div>
      ) : null}
      <EditorContent editor={editor} />
      {tooLong && props.tooLongMessage ? (
        <p className="error-message" role="alert" data-testid={`${testId}-too-long`}>
          {props.tooLongMessage}
        </p>
      ) : null}
    </div>
  )
}
