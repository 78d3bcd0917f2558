import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { ProgressBar } from '../../../components/ProgressBar'
import { Spinner } from '../../../components/Spinner'
import { formatNumber } from '../../../i18n'

/** Where a download stands. */
export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; loaded: number; total: number | null }
  | { phase: 'done'; filename: string; size: number; contentType: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown }

/** Size in KB for people (1 decimal under 10 KB). */
export function kilobytes(bytes: number): number {
  const kb = bytes / 1024
  return kb < 10 ? Math.round(kb * 10) / 10 : Math.round(kb)
}

/** Progress (a bar when the size is known, else a spinner with bytes so far), then the outcome. */
export function DownloadProgress({ state }: { state: DownloadState }) {
  const { t, i18n } = useTranslation('export')
  const kb = (n: number) => formatNumber(kilobytes(n), i18n.language)
  return (
    <div className="exp-status" aria-live="polite" data-testid="export-status" data-phase={state.phase}>
      {state.phase === 'running' && state.total ? (
        <ProgressBar value={state.loaded / state.total} label={t('downloading')} />
      ) : null}
      {state.phase === 'running' && !state.total ? (
        <p>
          <Spinner small /> {t('downloadingBytes', { kb: kb(state.loaded) })}
        </p>
      ) : null}
      {state.phase === 'done' ? (
        <p data-content-type={state.contentType} data-filename={state.filename}>
          {t('done', { filename: state.filename, kb: kb(state.size) })}
        </p>
      ) : null}
      {state.phase === 'cancelled' ? <p>{t('cancelled')}</p> : null}
      {state.phase === 'failed' ? <ErrorMessage error={state.error} /> : null}
    </div>
  )
}
