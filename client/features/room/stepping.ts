/**
 * Next / previous between findings or suggestions, in the order they stand in the draft (the
 * keyboard path through a long list: Alt+↓ and Alt+↑, or the panel's ↑ ↓ buttons).
 */
import { useEffect } from 'react'
import type { DraftIndex } from '../../editor/draftIndex'

type Spanned = { unitId: string; start: number; end: number }

/**
 * Items sorted by their place in the draft (unit order, then start, then end; the same span by key,
 * so everyone steps in the same order). Pure.
 */
export function inDraftOrder<T extends Spanned>(
  items: readonly T[],
  index: DraftIndex,
  keyOf: (t: T) => string,
): T[] {
  const at = (u: string): number => index.order.get(u) ?? Number.MAX_SAFE_INTEGER
  const byKey = (a: T, b: T): number => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0)
  return [...items].sort(
    (a, b) => at(a.unitId) - at(b.unitId) || a.start - b.start || a.end - b.end || byKey(a, b),
  )
}

/**
 * The item `delta` steps from `current` (by key), wrapping around; the first (or last) item when
 * nothing is current. Null for an empty list. Pure.
 */
export function stepFrom<T>(
  ordered: readonly T[],
  keyOf: (t: T) => string,
  current: string | null,
  delta: 1 | -1,
): T | null {
  if (ordered.length === 0) return null
  const i = current === null ? -1 : ordered.findIndex((t) => keyOf(t) === current)
  if (i < 0) return delta === 1 ? ordered[0]! : ordered[ordered.length - 1]!
  return ordered[(i + delta + ordered.length) % ordered.length]!
}

/** Whether a key press belongs to a text field (where Alt+arrows mean something else). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('[data-testid="draft-view"]')) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Alt+↓ / Alt+↑ anywhere in the room (outside text fields) step through the current list. */
export function useStepKeys(onStep: (delta: 1 | -1) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return
      if (inTextField(e.target)) return
      e.preventDefault()
      onStep(e.key === 'ArrowDown' ? 1 : -1)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onStep])
}
