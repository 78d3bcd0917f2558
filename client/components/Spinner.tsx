import { useTranslation } from 'react-i18next'

/** A loading indicator; announces "Loading…" to screen readers. */
export function Spinner({ small = false, label }: { small?: boolean; label?: string }) {
  const { t } = useTranslation('common')
  return (
    <span className={small ? 'spinner spinner-small' : 'spinner'} role="status">
      <span className="visually-hidden">{label ?? t('loading')}</span>
    </span>
  )
}

/** A centred full-block loading state. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common')
  return (
    <div className="loading-block">
      <Spinner label={label ?? t('loading')} />
      <span aria-hidden="true">{label ?? t('loading')}</span>
    </div>
  )
}
