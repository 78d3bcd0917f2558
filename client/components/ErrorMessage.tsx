import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'

const KNOWN_STATUSES = [0, 400, 401, 403, 404, 409, 413, 415, 422, 429] as const

/** The catalogue key that explains an error in the user's language (pure; tested). */
export function errorKey(error: unknown): string {
  if (error instanceof ApiError && (KNOWN_STATUSES as readonly number[]).includes(error.status)) {
    return `errors.status_${error.status}`
  }
  return 'errors.unknown'
}

/** A clear, localised error with the server's own detail underneath. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation('common')
  if (!error) return null
  const detail = error instanceof ApiError && error.status !== 0 ? error.message : null
  return (
    <div className="error-message" role="alert" id={id} data-testid="error-message">
      <strong>{t(errorKey(error))}</strong>
      {detail ? <span className="error-detail">{detail}</span> : null}
    </div>
  )
}
