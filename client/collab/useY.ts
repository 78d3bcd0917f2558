/**
 * React subscriptions to Yjs types: re-render when the type changes and derive a value from it.
 * The value is recomputed only on a change of that type, not on every render.
 */
import { useEffect, useMemo, useReducer, useRef } from 'react'
import type * as Y from 'yjs'

/** Any Yjs shared type (maps, arrays, XML); only its deep observer is used. */
// biome-ignore lint/suspicious/noExplicitAny: the event type differs per shared type
type YType = Y.AbstractType<any>

/** Derive a value from a Y type and keep it current (deep changes included). */
export function useYDerived<T>(
  type: YType | null | undefined,
  derive: () => T,
  deps: readonly unknown[] = [],
): T {
  const [version, bump] = useReducer((n: number) => n + 1, 0)
  const deriveRef = useRef(derive)
  deriveRef.current = derive
  useEffect(() => {
    if (!type) return
    const onChange = (): void => bump()
    type.observeDeep(onChange)
    return () => type.unobserveDeep(onChange)
  }, [type])
  // biome-ignore lint/correctness/useExhaustiveDependencies: recompute on Y changes (version) and caller deps
  return useMemo(() => deriveRef.current(), [type, version, ...deps])
}
