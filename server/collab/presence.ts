/**
 * Presence is the server's word on who is here: every awareness state a connection publishes is
 * stamped with that connection's user (id, name, role), whatever the client wrote, so a member cannot
 * appear as someone else or as staff. Colours are only ever `#rrggbb` — clients put them into style
 * attributes, so anything else could inject CSS (a crafted value once drew a fake "session expired"
 * notice over the draft).
 */
import { safePresenceColor } from '../../shared/collab/presenceColor.js'
import type { CollabUser } from './types.js'

/** The state JSON with `user` replaced by the connection's identity and a safe colour. */
export function stampPresence(stateJson: string, user: CollabUser): string {
  const state = JSON.parse(stateJson) as Record<string, unknown>
  const color = safePresenceColor((state.user as { color?: unknown } | undefined)?.color)
  state.user = { id: user.id, name: user.name, ...(user.role ? { role: user.role } : {}), color }
  return JSON.stringify(state)
}
