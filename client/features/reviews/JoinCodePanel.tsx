import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { Button } from '../../components/Button'
import { useToast } from '../../components/Toast'
import { Projector } from './Projector'
import { joinUrl, type ReviewDetail } from './types'
import { useQrCode } from './useQrCode'

/** The join code, its QR code, regenerate/disable, and the full-screen projector view. */
export function JoinCodePanel({
  review,
  onReview,
}: {
  review: ReviewDetail
  onReview: (r: ReviewDetail) => void
}) {
  const { t } = useTranslation('review')
  const { notify } = useToast()
  const [busy, setBusy] = useState<string | null>(null)
  const [projector, setProjector] = useState(false)
  const code = review.joinCode ?? null
  const url = code ? joinUrl(window.location.origin, code) : null
  const qr = useQrCode(url, 240)
  const act = async (action: 'regenerate' | 'disable') => {
    setBusy(action)
    try {
      onReview(
        await api.put<ReviewDetail>(`/api/reviews/${encodeURIComponent(review.id)}/join-code`, { action }),
      )
      notify(t(action === 'regenerate' ? 'join.regenerated' : 'join.disabled'), 'success')
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error')
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="card join-panel" aria-labelledby="join-title">
      <h2 id="join-title">{t('join.title')}</h2>
      {code ? (
        <>
          <p className="join-code">
            <span className="visually-hidden">{t('join.codeLabel')}: </span>
            <span data-testid="join-code">{code}</span>
          </p>
          {qr ? (
            <img className="qr" src={qr} alt={t('join.qrAlt', { url })} width={160} height={160} />
          ) : null}
          <p className="muted join-url">{url}</p>
        </>
      ) : (
        <p className="muted" data-testid="join-disabled">
          {t('join.off')}
        </p>
      )}
      <div className="row">
        <Button
          variant="primary"
          disabled={!code}
          onClick={() => setProjector(true)}
          data-testid="open-projector"
        >
          {t('join.projector')}
        </Button>
        <Button
          busy={busy === 'regenerate'}
          onClick={() => void act('regenerate')}
          data-testid="regenerate-code"
        >
          {code ? t('join.regenerate') : t('join.enable')}
        </Button>
        {code ? (
          <Button variant="danger" busy={busy === 'disable'} onClick={() => void act('disable')}>
            {t('join.disable')}
          </Button>
        ) : null}
      </div>
      {projector && code && url ? (
        <Projector title={review.title} code={code} url={url} onClose={() => setProjector(false)} />
      ) : null}
    </section>
  )
}
