import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

/** A QR code for `text` as a PNG data URL (null while rendering or when there is no text). */
export function useQrCode(text: string | null, size = 320): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!text) {
      setUrl(null)
      return
    }
    let alive = true
    QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' })
      .then((u) => {
        if (alive) setUrl(u)
      })
      .catch(() => {
        if (alive) setUrl(null)
      })
    return () => {
      alive = false
    }
  }, [text, size])
  return url
}
