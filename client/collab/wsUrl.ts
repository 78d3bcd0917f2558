/** Base WebSocket URL of the app's own origin (`http:` → `ws:`, `https:` → `wss:`) plus a path.
 * The browser sends the httpOnly session cookie with the upgrade, so the URL carries no token. */
export function wsUrl(path: string): string {
  return location.origin.replace(/^http/, 'ws') + path
}
