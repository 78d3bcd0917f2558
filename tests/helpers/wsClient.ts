/** Real y-websocket clients and raw sockets for sync tests, plus event-driven waits. */
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { handleAccessSignals } from '../../client/collab/accessSignal.js'

// y-websocket adds a process 'exit' listener per provider.
process.setMaxListeners(0)

/** A connected provider with its doc. */
export type TestPeer = { doc: Y.Doc; provider: WebsocketProvider; destroy(): void }

/** Create a provider (BroadcastChannel off, so peers in one process only talk through the server). */
export function createPeer(
  url: string,
  room: string,
  params: Record<string, string> = {},
  doc = new Y.Doc(),
): TestPeer {
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
    maxBackoffTime: 200,
  })
  handleAccessSignals(provider)
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Connect a provider and resolve once it has synced with the server. */
export async function connectSynced(
  url: string,
  room: string,
  params: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<TestPeer> {
  const peer = createPeer(url, room, params)
  await waitForSync(peer.provider, timeoutMs)
  return peer
}

/** Resolve when the provider reports `synced`. */
export function waitForSync(provider: WebsocketProvider, timeoutMs = 5000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return withTimeout(
    new Promise<void>((resolve) => {
      const onSync = (synced: boolean) => {
        if (!synced) return
        provider.off('sync', onSync)
        resolve()
      }
      provider.on('sync', onSync)
    }),
    timeoutMs,
    'provider sync',
  )
}

/** Resolve with the code of the provider's next server-side close. */
export function nextCloseCode(provider: WebsocketProvider, timeoutMs = 5000): Promise<number> {
  return withTimeout(
    new Promise<number>((resolve) => {
      const onClose = (event: CloseEvent | null) => {
        if (!event) return
        provider.off('connection-close', onClose)
        resolve(event.code)
      }
      provider.on('connection-close', onClose)
    }),
    timeoutMs,
    'provider close',
  )
}

/** A raw socket and a promise of its close code (and reason). */
export function openRaw(
  url: string,
  headers: Record<string, string> = {},
  options: { autoPong?: boolean } = {},
): { ws: WebSocket; closed: Promise<{ code: number; reason: string }>; opened: Promise<void> } {
  const ws = new WebSocket(url, { headers, ...options })
  ws.on('error', () => undefined) // e.g. ECONNRESET on terminate; the close event tells the story
  const closed = withTimeout(
    new Promise<{ code: number; reason: string }>((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    ),
    10_000,
    'raw socket close',
  )
  const opened = withTimeout(
    new Promise<void>((resolve) => ws.once('open', () => resolve())),
    5000,
    'raw socket open',
  )
  return { ws, closed, opened }
}

/** Resolve when `check()` is true, re-checking on every event loop turn until the timeout. */
export async function waitUntil(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** Resolve when `doc` emits an update for which `check()` holds (or it already holds). */
export function waitForDoc(doc: Y.Doc, check: () => boolean, timeoutMs = 5000): Promise<void> {
  if (check()) return Promise.resolve()
  return withTimeout(
    new Promise<void>((resolve) => {
      const onUpdate = () => {
        if (!check()) return
        doc.off('update', onUpdate)
        resolve()
      }
      doc.on('update', onUpdate)
    }),
    timeoutMs,
    'doc update',
  )
}

/** Reject after `ms` with a message naming what was awaited. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer))
}
