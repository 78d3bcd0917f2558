/**
 * Where join links and QR codes point. Phones must reach it, so the server's PUBLIC_URL wins over the
 * address the facilitator's browser happens to use, and a loopback address earns a warning.
 */
import { useEffect, useState } from 'react'
import { getPublicUrl } from './api'

/** The server's PUBLIC_URL (null when unset), or undefined while it is being read. */
export function usePublicUrl(): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    let alive = true
    getPublicUrl()
      .then((u) => alive && setUrl(u))
      .catch(() => alive && setUrl(null))
    return () => {
      alive = false
    }
  }, [])
  return url
}

/** Whether an address only this computer can open (127.x, localhost, ::1, 0.0.0.0). Pure. */
export function isLoopback(address: string): boolean {
  let host: string
  try {
    host = new URL(address).hostname.toLowerCase()
  } catch {
    return false
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  )
}
