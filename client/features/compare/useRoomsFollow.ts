/**
 * Follow the review's rooms live: one read-only connection per group room (and the consolidated
 * room), nothing stored on this device; any change in any of them calls `onChange` (debounced), so
 * the compare pages refresh when a group marks something rather than on a timer. Rooms the viewer may
 * not read are simply refused by the server and ignored here.
 */
import { useEffect, useRef } from 'react'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { wsUrl } from '../../collab/wsUrl'

/** Quiet time after the last change before `onChange` runs (typing streams many small updates). */
export const FOLLOW_DEBOUNCE_MS = 400

/** Keep read-only connections to `rooms` while mounted; `onChange` after remote changes settle. */
export function useRoomsFollow(rooms: readonly string[], onChange: () => void): void {
  const latest = useRef(onChange)
  latest.current = onChange
  const key = rooms.join('\n')
  useEffect(() => {
    if (!key) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const changed = (): void => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => latest.current(), FOLLOW_DEBOUNCE_MS)
    }
    const open = key.split('\n').map((room) => {
      const doc = new Y.Doc()
      let synced = false
      const provider = new WebsocketProvider(wsUrl('/collab'), room, doc, {
        disableBc: true,
        maxBackoffTime: 2500,
      })
      // The first sync only brings what the REST load already showed; later updates are news.
      provider.on('sync', (s: boolean) => {
        synced = s
      })
      doc.on('update', () => {
        if (synced) changed()
      })
      // A room this viewer may not read: stop trying.
      provider.on('connection-close', (event: CloseEvent | null) => {
        if (event && event.code >= 4400 && event.code < 4500) provider.disconnect()
      })
      return { doc, provider }
    })
    return () => {
      if (timer) clearTimeout(timer)
      for (const { doc, provider } of open) {
        provider.destroy()
        doc.destroy()
      }
    }
  }, [key])
}
