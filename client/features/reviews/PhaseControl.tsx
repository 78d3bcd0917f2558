import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PHASES, type Phase } from '../../../shared/domain/review'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { putPhase } from './api'
import type { ReviewDetail } from './types'

/** The three phase buttons; closing asks for confirmation because nothing can be written after. */
export function PhaseControl({
  review,
  onReview,
}: {
  review: ReviewDetail
  onReview: (r: ReviewDetail) => void
}) {
  const { t } = useTranslation('review')
  const [busy, setBusy] = useState<Phase | null>(null)
  const [confirmClose, setConfirmClose] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const change = async (phase: Phase) => {
    setBusy(phase)
    setError(null)
    try {
      onReview(await putPhase(review.id, phase))
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
      setConfirmClose(false)
    }
  }
  return (
    <section className="card" aria-labelledby="phase-title">
      <h2 id="phase-title">{t('phase.title')}</h2>
      <div className="segmented" role="group" aria-label={t('phase.title')}>
        {PHASES.map((p) => (
          <Button
            key={p}
            variant={review.phase === p ? 'primary' : 'secondary'}
            aria-pressed={review.phase === p}
            busy={busy === p}
            onClick={() => (p === 'closed' ? setConfirmClose(true) : void change(p))}
            data-testid={`phase-${p}`}
          >
            {t(`phases.${p}`)}
          </Button>
        ))}
      </div>
      <p className="field-hint">{t(`phase.help.${review.phase}`)}</p>
      <ErrorMessage error={error} />
      <Dialog open={confirmClose} title={t('phase.confirmCloseTitle')} onClose={() => setConfirmClose(false)}>
        <p>{t('phase.confirmCloseBody')}</p>
        <div className="row">
          <Button
            variant="danger"
            busy={busy === 'closed'}
            onClick={() => void change('closed')}
            data-testid="confirm-close"
          >
            {t('phase.confirmClose')}
          </Button>
          <Button onClick={() => setConfirmClose(false)}>{t('common:cancel')}</Button>
        </div>
      </Dialog>
    </section>
  )
}
