/** Room names the WebSocket accepts (contract: Live collaboration). */
export const ROOM_NAME_RE = /^[A-Za-z0-9._-]{1,128}$/

/** Close codes; 4400–4499 stop y-websocket's reconnect loop. */
export const CLOSE_CODES = {
  malformedRoom: 4400,
  notSignedIn: 4401,
  forbidden: 4403,
  noSuchRoom: 4404,
  /** The socket broke the protocol (bad frame) or flooded us; client may retry later. */
  protocolError: 4400,
} as const

/**
 * A message type of our own on the room socket (y-websocket uses 0–3), server → client only, no
 * payload: the server re-checked this peer's access because the phase, a lock or membership changed,
 * so the client re-reads the review at once. It comes from the server, not from the shared doc, so no
 * peer can fake or suppress it.
 */
export const ACCESS_CHANGED_MESSAGE = 100

/** The room of one group of a review. */
export function groupRoomName(reviewId: string, groupId: string): string {
  return `rv.${reviewId}.g.${groupId}`
}

/** The experts' consolidated room of a review. */
export function consolidatedRoomName(reviewId: string): string {
  return `rv.${reviewId}.consolidated`
}

/** Largest WebSocket frame the server accepts. */
export const MAX_WS_FRAME_BYTES = 8 * 1024 * 1024
