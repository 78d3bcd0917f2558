/** React access to a room's FindingsStore (one per doc, destroyed with the component). */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { type FindingSummary, FindingsStore } from './findingsStore'

/**
 * The findings store of a room doc, alive while the component is mounted. `groupId` is the room's group:
 * every finding in the room is that group's, whatever group id an entry claims.
 */
export function useFindingsStore(doc: Y.Doc, groupId: string): FindingsStore {
  const store = useMemo(() => new FindingsStore(doc, groupId), [doc, groupId])
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
