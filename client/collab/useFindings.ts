/** React access to a room's FindingsStore (one per doc, destroyed with the component). */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { type FindingSummary, FindingsStore } from './findingsStore'

/** The findings store of a doc, alive while the component is mounted. */
export function useFindingsStore(doc: Y.Doc): FindingsStore {
  const store = useMemo(() => new FindingsStore(doc), [doc])
  useEffect(() => {
    store.attach()
    return () => store.detach()
  }, [store])
  return store
}

/** All live findings of a store; re-renders only when a finding's scalar fields change. */
export function useFindingList(store: FindingsStore): FindingSummary[] {
  return useSyncExternalStore(store.subscribe, store.getAll)
}
