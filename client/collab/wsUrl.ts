/** Base WebSocket URL of the app's own origin (`http:` → `ws:`, `https:` → `wss:`) plus a path. */
export function wsUrl(path: string): string {
  return location.origin.replace(/^http/, 'ws') + path
}

/** The stored session token (the shell keeps it in localStorage so the socket can pass `?token=`). */
export function storedToken(): string | null {
  try {
    return localStorage.getItem('shaffof.token')
  } catch {
    return null
  }
}
