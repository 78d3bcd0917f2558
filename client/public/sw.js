/*
 * Shaffof's offline app shell. A reload without network opens the room from the device: the page and
 * its hashed assets come from this cache, the few API reads a room needs (who I am, the review, the
 * draft, the packs) from the last good answers, and the room itself from IndexedDB (y-indexeddb),
 * which merges with the server when the network returns. Only GET requests of this origin are touched;
 * the WebSocket, writes and exports always go to the network. Signing out empties the data cache.
 */
const SHELL = 'shaffof-shell-v1'
const DATA = 'shaffof-data-v1'

/** API reads a room needs to open offline (anything else is never cached). */
const ROOM_READS = [
  /^\/api\/me$/,
  /^\/api\/config$/,
  /^\/api\/methodologies$/,
  /^\/api\/reviews\/[^/]+$/,
  /^\/api\/drafts\/[^/]+$/,
  /^\/api\/drafts\/[^/]+\/suggestions$/,
]

/** The page and the assets it links, so the first visit already leaves a working shell. */
async function precacheShell() {
  const cache = await caches.open(SHELL)
  const res = await fetch('/', { cache: 'no-cache' })
  if (!res.ok) return
  const html = await res.clone().text()
  await cache.put('/', res)
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1])
  await Promise.all(assets.map((a) => cache.add(a).catch(() => undefined)))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().catch(() => undefined))
  self.skipWaiting()
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL && name !== DATA) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

/** The network's answer (kept for later when good), or the last good one when the network fails. */
async function networkFirst(request, cacheName, key) {
  try {
    const res = await fetch(request)
    if (res.ok) await (await caches.open(cacheName)).put(key ?? request, res.clone())
    return res
  } catch (err) {
    const cached = await caches.match(key ?? request, { cacheName })
    if (cached) return cached
    throw err
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: SHELL })
  if (cached) return cached
  const res = await fetch(request)
  if (res.ok) await (await caches.open(SHELL)).put(request, res.clone())
  return res
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  // Every client route is the same index.html: keep one copy under "/".
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, SHELL, '/'))
  if (url.pathname.startsWith('/assets/')) return event.respondWith(cacheFirst(request))
  if (ROOM_READS.some((r) => r.test(url.pathname))) event.respondWith(networkFirst(request, DATA))
})

self.addEventListener('message', (event) => {
  const data = event.data || {}
  // Signed out: nothing of that person stays on the device.
  if (data.type === 'signed-out') event.waitUntil(caches.delete(DATA))
  // A room just opened online: keep its reads (fetched again here, with the session cookie).
  if (data.type === 'warm' && Array.isArray(data.urls)) {
    const urls = data.urls.filter(
      (u) =>
        typeof u === 'string' && ROOM_READS.some((r) => r.test(new URL(u, self.location.origin).pathname)),
    )
    event.waitUntil(
      Promise.all(
        urls.map((u) =>
          networkFirst(new Request(u, { credentials: 'same-origin' }), DATA, u).catch(() => undefined),
        ),
      ),
    )
  }
})
