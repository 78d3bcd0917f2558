/**
 * One live room: a Y.Doc kept in sync with the server over y-websocket, persisted in IndexedDB so
 * changes made offline survive a reload, with the connection state the UI shows.
 *
 * StrictMode-safe: the Y.Doc belongs to the hook instance (one per room name); the provider and the
 * IndexedDB binding are created in the effect and destroyed in its cleanup, so a simulated unmount
 * just reconnects the same doc.
 */
import { useEffect, useMemo, useState } from 'react'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { handleAccessSignals } from './accessSignal'
import { wsUrl } from './wsUrl'

/** What the UI says about the connection. */
export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'refused'

/** The live room handed to components. `provider` is null only before the first effect ran. */
export type RoomHandle = {
  doc: Y.Doc
  provider: WebsocketProvider | null
  status: RoomStatus
  /** true once the server's state has been received on the current connection */
  synced: boolean
  /** true once the locally stored (IndexedDB) state has been loaded (always true for read-only rooms) */
  restored: boolean
  /** the close code of a refusal (4400 malformed, 4401 not signed in, 4403 forbidden, 4404 no room) */
  closeCode?: number
}

/** Options of a room connection. */
export type RoomOptions = {
  /** a view of someone else's room: nothing is stored on this device */
  readOnly?: boolean
}

type ConnState = { status: RoomStatus; synced: boolean; restored: boolean; closeCode?: number }

/** Connect to `roomName` for as long as the calling component is mounted. */
export function useRoom(roomName: string, options: RoomOptions = {}): RoomHandle {
  const readOnly = options.readOnly ?? false
  // A fresh doc per room name; never destroyed on cleanup so a StrictMode remount can reuse it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the room name is what makes a new doc
  const doc = useMemo(() => new Y.Doc(), [roomName])
  const [provider, setProvider] = useState<WebsocketProvider | null>(null)
  const [conn, setConn] = useState<ConnState>({ status: 'connecting', synced: false, restored: readOnly })

  useEffect(() => {
    let refusedCode: number | undefined
    let failedSinceConnect = false
    const p = new WebsocketProvider(wsUrl('/collab'), roomName, doc, {
      // Cross-tab BroadcastChannel would bypass the server's access checks (read-only tabs, other users).
      disableBc: true,
      maxBackoffTime: 2500,
    })
    handleAccessSignals(p)
    const local = readOnly ? null : new IndexeddbPersistence(roomName, doc)
    const update = (patch: Partial<ConnState> = {}): void => {
      const status: RoomStatus =
        refusedCode !== undefined
          ? 'refused'
          : p.wsconnected
            ? 'connected'
            : failedSinceConnect || !navigator.onLine
              ? 'offline'
              : 'connecting'
      setConn((prev) => ({
        ...prev,
        ...patch,
        status,
        synced: status === 'connected' ? (patch.synced ?? prev.synced) : false,
        closeCode: refusedCode,
      }))
    }
    const onStatus = ({ status }: { status: string }): void => {
      if (status === 'connected') failedSinceConnect = false
      update()
    }
    const onClose = (): void => {
      failedSinceConnect = true
      update()
    }
    const onClosed = (event: { code: number }): void => {
      refusedCode = event.code
      update()
    }
    const onSync = (synced: boolean): void => update({ synced })
    // Going offline: stop trying; edits stay in the doc and in IndexedDB until the network is back.
    const onOffline = (): void => {
      failedSinceConnect = true
      p.disconnect()
      update()
    }
    const onOnline = (): void => {
      if (refusedCode === undefined) p.connect()
      update()
    }
    p.on('status', onStatus)
    p.on('connection-close', onClose)
    p.on('connection-error', onClose)
    p.on('closed', onClosed)
    p.on('sync', onSync)
    window.addEventListener('offline', onOffline)
    window.addEventListener('online', onOnline)
    local?.whenSynced.then(() => setConn((prev) => ({ ...prev, restored: true })))
    if (!navigator.onLine) onOffline()
    setProvider(p)
    update()
    return () => {
      window.removeEventListener('offline', onOffline)
      window.removeEventListener('online', onOnline)
      p.off('status', onStatus)
      p.off('connection-close', onClose)
      p.off('connection-error', onClose)
      p.off('closed', onClosed)
      p.off('sync', onSync)
      p.destroy()
      // The provider does not own the awareness' timer; stop it too.
      p.awareness.destroy()
      void local?.destroy()
      setProvider(null)
    }
  }, [doc, roomName, readOnly])

  return { doc, provider, ...conn }
}
