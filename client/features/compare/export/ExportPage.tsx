/**
 * `/reviews/:id/export`: choose what (a group or the conclusion), the format and the report language
 * (independent of the UI language), preview it as HTML in a fully sandboxed frame, then download with
 * progress and clear errors.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_TAGS } from '../../../../shared/domain/language'
import { Link } from '../../../app/router'
import { useSession } from '../../../app/session'
import { Button } from '../../../components/Button'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { LANGUAGE_NAMES } from '../../../components/LanguageSwitcher'
import { Loading } from '../../../components/Spinner'
import { getReview } from '../api'
import type { Review } from '../types'
import { fetchReport } from './api'
import { DownloadProgress, type DownloadState } from './DownloadProgress'
import { REPORT_FORMATS, type ReportFormat, type ReportQuery, saveFile } from './download'
import { readableScopes } from './scopes'
import '../compare.css'

/** The export menu of one review. */
export function ExportPage({ reviewId }: { reviewId: string }) {
  const { t, i18n } = useTranslation('export')
  const { user, participant } = useSession()
  const [review, setReview] = useState<Review | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [scope, setScope] = useState('')
  const [format, setFormat] = useState<ReportFormat>('docx')
  const [lang, setLang] = useState(LANGUAGE_TAGS.includes(i18n.language as never) ? i18n.language : 'en')
  // The annotated copy of the draft: off by default for PDF (the conclusion is what gets filed).
  const [annex, setAnnex] = useState<boolean | null>(null)
  const [draftingBody, setDraftingBody] = useState('')
  const [outgoingNumber, setOutgoingNumber] = useState('')
  const [preview, setPreview] = useState<{ html: string; key: string } | null>(null)
  const [previewBusy, setPreviewBusy] = useState(false)
  const [previewError, setPreviewError] = useState<unknown>(null)
  const [download, setDownload] = useState<DownloadState>({ phase: 'idle' })
  const abort = useRef<AbortController | null>(null)

  useEffect(() => {
    getReview(reviewId).then(setReview, setLoadError)
    return () => abort.current?.abort()
  }, [reviewId])

  const scopes = useMemo(
    () =>
      review
        ? readableScopes(review, user, participant?.reviewId === reviewId ? participant.groupId : null)
        : [],
    [review, user, participant, reviewId],
  )
  useEffect(() => {
    if (scopes.length && !scopes.some((s) => s.value === scope)) setScope(scopes[0]?.value ?? '')
  }, [scopes, scope])

  if (!review) {
    return (
      <div className="cmp-page">
        <h1>{t('title')}</h1>
        {loadError ? <ErrorMessage error={loadError} /> : <Loading />}
      </div>
    )
  }
  const withAnnex = annex ?? format !== 'pdf'
  const query = (f: ReportFormat): ReportQuery => ({
    scope,
    format: f,
    lang,
    annex: withAnnex,
    draftingBody,
    outgoingNumber,
  })
  const previewKey = `${scope}|${lang}|${withAnnex}|${draftingBody}|${outgoingNumber}`

  const showPreview = async () => {
    setPreviewBusy(true)
    setPreviewError(null)
    try {
      const file = await fetchReport(review.id, query('html'))
      setPreview({ html: await file.blob.text(), key: previewKey })
    } catch (e) {
      setPreviewError(e)
    } finally {
      setPreviewBusy(false)
    }
  }

  const startDownload = async () => {
    abort.current?.abort()
    const ctrl = new AbortController()
    abort.current = ctrl
    setDownload({ phase: 'running', loaded: 0, total: null })
    try {
      const file = await fetchReport(
        review.id,
        query(format),
        (p) => setDownload({ phase: 'running', ...p }),
        ctrl.signal,
      )
      saveFile(file)
      setDownload({
        phase: 'done',
        filename: file.filename,
        size: file.blob.size,
        contentType: file.contentType,
      })
    } catch (e) {
      if (ctrl.signal.aborted) setDownload({ phase: 'cancelled' })
      else setDownload({ phase: 'failed', error: e })
    }
  }

  return (
    <div className="cmp-page" data-testid="export-page">
      <header className="cmp-head">
        <div>
          <p className="cmp-kicker">{review.title}</p>
          <h1>{t('title')}</h1>
          <p className="cmp-hint">{t('explain')}</p>
        </div>
        <nav className="cmp-nav" aria-label={t('navLabel')}>
          <Link to={`/reviews/${encodeURIComponent(review.id)}`}>{t('backToReview')}</Link>
        </nav>
      </header>
      {scopes.length === 0 ? <p role="alert">{t('noScopes')}</p> : null}
      <form
        className="cmp-card exp-form"
        onSubmit={(e) => {
          e.preventDefault()
          void startDownload()
        }}
      >
        <label className="field">
          <span className="field-label">{t('scope')}</span>
          <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="export-scope">
            {scopes.map((s) => (
              <option key={s.value} value={s.value}>
                {s.kind === 'consolidated' ? t('scopeConsolidated') : t('scopeGroup', { name: s.name })}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="exp-formats">
          <legend>{t('format')}</legend>
          {REPORT_FORMATS.map((f) => (
            <label key={f} className="exp-format">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              <span className="exp-format-name">{t(`formats.${f}.name`)}</span>
              <span className="cmp-hint">{t(`formats.${f}.hint`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">{t('language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value)} data-testid="export-lang">
            {LANGUAGE_TAGS.map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {LANGUAGE_NAMES[tag]}
              </option>
            ))}
          </select>
          <span className="field-hint">{t('languageHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('draftingBody')}</span>
          <input
            value={draftingBody}
            maxLength={300}
            onChange={(e) => setDraftingBody(e.target.value)}
            data-testid="export-drafting-body"
          />
        </label>
        <label className="field">
          <span className="field-label">{t('outgoingNumber')}</span>
          <input
            value={outgoingNumber}
            maxLength={100}
            onChange={(e) => setOutgoingNumber(e.target.value)}
            data-testid="export-outgoing-number"
          />
          <span className="field-hint">{t('formHint')}</span>
        </label>
        <label className="exp-format">
          <input
            type="checkbox"
            checked={withAnnex}
            onChange={(e) => setAnnex(e.target.checked)}
            data-testid="export-annex"
          />
          <span>{t('annex')}</span>
        </label>
        <div className="cmp-row">
          <Button
            onClick={() => void showPreview()}
            busy={previewBusy}
            disabled={!scope}
            data-testid="export-preview"
          >
            {t('preview')}
          </Button>
          <Button
            type="submit"
            variant="primary"
            disabled={!scope || download.phase === 'running'}
            data-testid="export-download"
          >
            {t('download')}
          </Button>
          {download.phase === 'running' ? (
            <Button variant="ghost" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </Button>
          ) : null}
        </div>
        <DownloadProgress state={download} />
      </form>
      <ErrorMessage error={previewError} />
      {preview ? (
        <section className="cmp-card" aria-labelledby="exp-preview">
          <h2 id="exp-preview">{t('previewTitle')}</h2>
          {preview.key !== previewKey ? <p className="cmp-hint">{t('previewStale')}</p> : null}
          {/* sandbox="" : no scripts, no forms, no same-origin access — the report is only looked at. */}
          <iframe
            className="exp-preview"
            sandbox=""
            srcDoc={preview.html}
            title={t('previewTitle')}
            data-testid="export-preview-frame"
          />
        </section>
      ) : null}
    </div>
  )
}
