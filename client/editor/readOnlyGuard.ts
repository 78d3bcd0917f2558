/**
 * Keeps the draft text unchangeable while leaving it focusable and selectable from the keyboard.
 *
 * With `editable: false` browsers offer no caret, so shift+arrows cannot select. So the view stays
 * contenteditable, and this plugin refuses every document change, cancels text input before the
 * browser touches the DOM, and turns the finding shortcut ("f" or Ctrl/Cmd+Enter) into a callback.
 */
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/** Options: what the finding shortcut does (return true when handled). */
export type ReadOnlyGuardOptions = { onShortcut: () => boolean }

/** Whether a keydown is the "make a finding" shortcut. */
export function isFindingShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') return true
  return (e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey
}

/** The read-only guard extension. */
export const ReadOnlyGuard = Extension.create<ReadOnlyGuardOptions>({
  name: 'readOnlyGuard',
  addOptions: () => ({ onShortcut: () => false }),
  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('readOnlyGuard'),
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          handleKeyDown: (view, event) => {
            if (isFindingShortcut(event)) {
              // Shift+arrow selections reach ProseMirror through the async `selectionchange` event; read
              // the DOM selection now so a quick F uses the span the user sees, not one key behind.
              ;(view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush()
              return options.onShortcut()
            }
            // Keys that would edit: swallow them (navigation keys pass through).
            if (event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete') return true
            if (
              (event.ctrlKey || event.metaKey) &&
              (event.key === 'x' || event.key === 'z' || event.key === 'y')
            )
              return true
            return false
          },
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              event.preventDefault()
              return true
            },
            cut: (_view, event) => {
              event.preventDefault()
              return true
            },
          },
        },
      }),
    ]
  },
})
