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
