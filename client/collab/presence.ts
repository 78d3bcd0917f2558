/**
 * Presence over the room's awareness: who is here (`user`), which finding field they are editing
 * (`editingFinding`) and what they have selected in the draft (`selection`).
 */
import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { safePresenceColor } from '../../shared/collab/presenceColor'
import type { UnitSpan } from '../editor/draftIndex'

/** The awareness `user` field. */
export type PresenceUser = { id: string; name: string; color: string }

/** What a group mate is editing. */
export type EditingFinding = { findingId: string; field: 'rationale' | 'proposal' | 'discussion' }

/** One other connected client. */
export type Peer = {
  clientId: number
  user: PresenceUser
  editingFinding: EditingFinding | null
  selection: UnitSpan | null
}

/** Publish this person on the provider's awareness. */
export function publishUser(provider: WebsocketProvider, user: PresenceUser): void {
  provider.awareness.setLocalStateField('user', user)
}

/** Publish (or clear) the finding field being edited. */
export function publishEditing(provider: WebsocketProvider | null, editing: EditingFinding | null): void {
  provider?.awareness.setLocalStateField('editingFinding', editing)
}

/** Publish (or clear) the draft selection. */
export function publishSelection(provider: WebsocketProvider | null, selection: UnitSpan | null): void {
  if (!provider) return
  const prev = provider.awareness.getLocalState()?.selection as UnitSpan | null | undefined
  if (prev?.unitId === selection?.unitId && prev?.start === selection?.start && prev?.end === selection?.end)
    return
  provider.awareness.setLocalStateField('selection', selection)
}

/** Read the other clients' presence (pure over the awareness states). */
export function peersOf(states: Map<number, Record<string, unknown>>, ownClientId: number): Peer[] {
  const out: Peer[] = []
  states.forEach((state, clientId) => {
    if (clientId === ownClientId || !state) return
    // Another client's state is untrusted: the server stamps it, and colours are checked again here
    // because they end up in style attributes.
    const raw = state.user as { id?: unknown; name?: unknown; color?: unknown } | undefined
    if (!raw || typeof raw.name !== 'string') return
    const user: PresenceUser = {
      id: typeof raw.id === 'string' ? raw.id : '',
      name: raw.name,
      color: safePresenceColor(raw.color),
    }
    out.push({
      clientId,
      user,
      editingFinding: (state.editingFinding as EditingFinding | null) ?? null,
      selection: (state.selection as UnitSpan | null) ?? null,
    })
  })
  return out.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId)
}

/** The other clients in the room, kept current. */
export function usePeers(provider: WebsocketProvider | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([])
  useEffect(() => {
    if (!provider) return
    const aw = provider.awareness
    let last = ''
    // Carets move on every keystroke; only re-render when names, editing or selections change.
    const update = (): void => {
      const next = peersOf(aw.getStates() as Map<number, Record<string, unknown>>, aw.clientID)
      const key = JSON.stringify(next)
      if (key === last) return
      last = key
      setPeers(next)
    }
    update()
    aw.on('change', update)
    return () => aw.off('change', update)
  }, [provider])
  return peers
}
