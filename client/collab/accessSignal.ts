/**
 * The server's "your access changed" message on a room socket (`ACCESS_CHANGED_MESSAGE`): sent when the
 * phase, a lock or membership changed and the server re-checked this socket. Components listen to it to
 * re-read the review at once, instead of polling or trusting a field of the shared doc.
 */
import { ACCESS_CHANGED_MESSAGE } from '../../shared/collab/rooms'

/** The part of a y-websocket provider this needs: its per-provider table of message handlers. */
type ProviderLike = { messageHandlers: unknown[] }

const listeners = new WeakMap<ProviderLike, Set<() => void>>()

/** Teach a provider the message; call once, right after creating it. */
export function handleAccessSignals(provider: ProviderLike): void {
  provider.messageHandlers[ACCESS_CHANGED_MESSAGE] = () => {
    for (const listener of listeners.get(provider) ?? []) listener()
  }
}

/** Call `listener` whenever the server says this socket's access changed; returns the unsubscribe. */
export function onAccessChanged(provider: ProviderLike, listener: () => void): () => void {
  const set = listeners.get(provider) ?? new Set()
  set.add(listener)
  listeners.set(provider, set)
  return () => set.delete(listener)
}
