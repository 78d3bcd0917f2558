import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useQrCode } from './useQrCode'

/** Full-screen view for the projector: big code, big QR, the join address. Escape closes it. */
export function Projector({
  title,
  code,
  url,
  onClose,
}: {
  title: string
  code: string
  url: string
  onClose: () => void
}) {
  const { t } = useTranslation('review')
  const qr = useQrCode(url, 640)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = ref.current
    el?.focus()
    // Full screen is a nicety; browsers may refuse it (no user gesture, iframes).
    el?.requestFullscreen?.().catch(() => undefined)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
    }
    const onFs = () => {
      if (!document.fullscreenElement) onClose()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFs)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFs)
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined)
    }
  }, [onClose])
  return (
    <div
      className="projector"
      ref={ref}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={t('join.projector')}
      data-testid="projector"
    >
      <p className="projector-title">{title}</p>
      <p className="projector-lead">{t('join.projectorLead')}</p>
      <p className="projector-code">{code}</p>
      {qr ? <img src={qr} alt={t('join.qrAlt', { url })} className="projector-qr" /> : null}
      <p className="projector-url">{url}</p>
      <button type="button" className="btn btn-secondary projector-close" onClick={onClose}>
        {t('join.closeProjector')}
      </button>
    </div>
  )
}
