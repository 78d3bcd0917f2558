import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { useToast } from '../../components/Toast'
import { type JoinCodeAction, putJoinCode } from './api'
import { isLoopback, usePublicUrl } from './joinAddress'
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
  const publicUrl = usePublicUrl()
  const base = publicUrl ?? window.location.origin
  const closed = review.phase === 'closed'
  const code = closed ? null : (review.joinCode ?? null)
  const url = code ? joinUrl(base, code) : null
  // The last code this page showed, to say whether switching joining back on kept it.
  const lastCode = useRef(review.joinCode ?? null)
  if (review.joinCode) lastCode.current = review.joinCode
  const qr = useQrCode(url, 240)
  const act = async (action: JoinCodeAction) => {
    setBusy(action)
    const before = lastCode.current
    try {
      const next = await putJoinCode(review.id, action)
      onReview(next)
      const message =
        action === 'disable'
          ? t('join.disabled')
          : action === 'regenerate'
            ? t('join.regenerated', { code: next.joinCode })
            : next.joinCode === before
              ? t('join.enabledSame', { code: next.joinCode })
              : t('join.enabledNew', { code: next.joinCode })
      notify(message, 'success')
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
          <p className="muted join-url" data-testid="join-url">
            {url}
          </p>
          {publicUrl !== undefined && isLoopback(base) ? (
            <p className="warning-note" role="note" data-testid="join-loopback-warning">
              {t('join.loopback', { address: base })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted" data-testid="join-disabled">
          {closed ? t('join.closedReview') : t('join.off')}
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
        {code ? (
          <Button
            busy={busy === 'regenerate'}
            onClick={() => void act('regenerate')}
            data-testid="regenerate-code"
          >
            {t('join.regenerate')}
          </Button>
        ) : closed ? null : (
          <Button busy={busy === 'enable'} onClick={() => void act('enable')} data-testid="enable-joining">
            {t('join.enable')}
          </Button>
        )}
        {code ? (
          <Button
            variant="danger"
            busy={busy === 'disable'}
            onClick={() => void act('disable')}
            data-testid="disable-joining"
          >
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
