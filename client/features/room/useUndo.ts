/**
 * Undo/redo of one's own room commands (Y.UndoManager over the local origin), with Ctrl+Z /
 * Ctrl+Shift+Z (and Ctrl+Y) anywhere outside text fields, which keep their own undo.
 */
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { createRoomUndoManager } from '../../collab/localOrigin'

/** Whether a keydown target is a text field with its own undo. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('.rich-text, input, textarea, select')) return true
  return target.isContentEditable && !target.closest('.draft-view')
}

/** The room's undo/redo; keyboard shortcuts are active while `enabled`. */
export function useUndo(
  doc: Y.Doc,
  enabled: boolean,
): { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean } {
  const [manager, setManager] = useState<Y.UndoManager | null>(null)
  const [state, setState] = useState({ canUndo: false, canRedo: false })
  // Created in the effect so a StrictMode cleanup never leaves a destroyed manager in use.
  useEffect(() => {
    const m = createRoomUndoManager(doc)
    const update = (): void => setState({ canUndo: m.canUndo(), canRedo: m.canRedo() })
    m.on('stack-item-added', update)
    m.on('stack-item-popped', update)
    m.on('stack-cleared', update)
    setManager(m)
    update()
    return () => {
      m.destroy()
      setManager(null)
    }
  }, [doc])
  useEffect(() => {
    if (!enabled || !manager) return
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || isTextTarget(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) manager.undo()
      else if ((key === 'z' && e.shiftKey) || key === 'y') manager.redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [manager, enabled])
  return { undo: () => manager?.undo(), redo: () => manager?.redo(), ...state }
}
