import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftingResponse } from '../../../../shared/domain/finding'
import { Button } from '../../../components/Button'
import { formatDateTime } from '../../../i18n'
import type { ResponseStatus } from '../types'

const STATUSES: ResponseStatus[] = ['accepted', 'partly', 'rejected']

/** The drafting body's answer to a proposal: accepted, partly accepted, or rejected with a reason. */
export function ResponseForm({
  response,
  canEdit,
  onSave,
}: {
  response?: DraftingResponse
  canEdit: boolean
  onSave: (status: ResponseStatus, reason: string) => void
}) {
  const { t, i18n } = useTranslation('compare')
  const [status, setStatus] = useState<ResponseStatus | ''>(response?.status ?? '')
  const [reason, setReason] = useState(response?.reason ?? '')
  const needsReason = status === 'rejected' || status === 'partly'
  const summary = response ? (
    <p className={`cmp-response cmp-response-${response.status}`} data-testid="response-summary">
      <strong>{t(`response.${response.status}`)}</strong>
      {response.reason ? ` — ${response.reason}` : ''}
      <span className="cmp-meta">
        {' '}
        {t('response.recorded', {
          name: response.recordedBy.name,
          at: formatDateTime(response.recordedAt, i18n.language),
        })}
      </span>
    </p>
  ) : (
    <p className="cmp-hint">{t('response.none')}</p>
  )
  if (!canEdit) return <div className="cmp-response-box">{summary}</div>
  return (
    <form
      className="cmp-response-box"
      onSubmit={(e) => {
        e.preventDefault()
        if (status && (!needsReason || reason.trim())) onSave(status, reason)
      }}
    >
      {summary}
      <fieldset>
        <legend>{t('response.title')}</legend>
        {STATUSES.map((s) => (
          <label key={s} className="cmp-check">
            <input
              type="radio"
              name="response"
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            {t(`response.${s}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">
          {needsReason ? t('response.reasonRequired') : t('response.reason')}
        </span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          maxLength={10000}
          required={needsReason}
        />
      </label>
      <Button type="submit" disabled={!status || (needsReason && !reason.trim())}>
        {t('response.save')}
      </Button>
    </form>
  )
}
