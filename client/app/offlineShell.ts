/**
 * The page's side of the offline app shell (`client/public/sw.js`): register the service worker,
 * ask it to keep the reads of a room just opened, and empty its data cache on sign-out. Browsers only
 * run service workers on https or localhost; elsewhere these calls do nothing.
 */
/** Register the service worker (production builds; dev keeps Vite's own module loading). */
export function registerOfflineShell(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  })
}

function post(message: Record<string, unknown>): void {
  const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined
  if (!sw) return
  void sw.ready.then((reg) => reg.active?.postMessage(message)).catch(() => undefined)
}

/** Keep these API reads for an offline reload (the room's review, draft and packs); the worker fetches
 * them with the session cookie. */
export function keepForOffline(urls: string[]): void {
  post({ type: 'warm', urls })
}

/** Drop every cached API answer (a shared device must not keep the last person's data). */
export function forgetOfflineData(): void {
  post({ type: 'signed-out' })
}
