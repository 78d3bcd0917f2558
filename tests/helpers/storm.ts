/**
 * Real y-websocket clients for crash and restart tests: each client writes uniquely keyed entries into
 * a shared Y.Map, so "every edit is present everywhere" is a set comparison.
 */
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export type StormClient = { index: number; doc: Y.Doc; provider: WebsocketProvider; written: string[] }

process.setMaxListeners(0)

/** Connect `count` clients to one room with a token; resolves when all are synced. */
export async function connectClients(
  wsBase: string,
  room: string,
  token: string,
  count: number,
): Promise<StormClient[]> {
  const clients: StormClient[] = []
  for (let index = 0; index < count; index++) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(wsBase, room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token },
      disableBc: true,
      maxBackoffTime: 300,
    })
    clients.push({ index, doc, provider, written: [] })
  }
  await Promise.all(clients.map((c) => waitSynced(c.provider)))
  return clients
}

/** Resolve when the provider is (again) synced with the server. */
export function waitSynced(provider: WebsocketProvider, timeoutMs = 30_000): Promise<void> {
  if (provider.synced && provider.wsconnected) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sync timeout')), timeoutMs)
    const onSync = (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      provider.off('sync', onSync)
      resolve()
    }
    provider.on('sync', onSync)
  })
}

/** Every client writes one entry every `everyMs` until stopped; returns the stop function. */
export function startStorm(clients: StormClient[], everyMs = 40): () => void {
  const timers = clients.map((c) =>
    setInterval(() => {
      const key = `${c.index}:${c.written.length}`
      c.doc.getMap<number>('storm').set(key, Date.now())
      c.written.push(key)
    }, everyMs),
  )
  return () => {
    for (const t of timers) clearInterval(t)
  }
}

/** All keys written by any client. */
export function allWritten(clients: StormClient[]): Set<string> {
  return new Set(clients.flatMap((c) => c.written))
}

/** Keys missing from a doc. */
export function missingIn(doc: Y.Doc, expected: Set<string>): string[] {
  const map = doc.getMap('storm')
  return [...expected].filter((k) => !map.has(k))
}

/** Whether `doc` holds every key of `expected` (stops at the first missing one: cheap to poll). */
export function holdsAll(doc: Y.Doc, expected: Set<string>): boolean {
  const map = doc.getMap('storm')
  for (const k of expected) if (!map.has(k)) return false
  return true
}

/** Poll until every client holds every written key (or time out with the count still missing). */
export async function waitConverged(clients: StormClient[], timeoutMs = 30_000): Promise<number> {
  const expected = allWritten(clients)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const missing = clients.reduce((n, c) => n + missingIn(c.doc, expected).length, 0)
    if (missing === 0 || Date.now() > deadline) return missing
    await new Promise((r) => setTimeout(r, 50))
  }
}

export function destroyClients(clients: StormClient[]): void {
  for (const c of clients) {
    c.provider.destroy()
    c.doc.destroy()
  }
}
