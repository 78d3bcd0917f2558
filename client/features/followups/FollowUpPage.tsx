/**
 * `/reviews/:id/follow-ups/:followUpId`: was each finding fixed in the revised draft? Every carried
 * finding with its old quote and new wording, state, whether the proposal was adopted and the drafting
 * body's answer; experts set verdicts, which every open copy of the page shows at once; progress,
 * filters, the new risks of the revision, and the export of the follow-up conclusion.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Verdict } from '../../../shared/domain/followUp'
import type { ReviewView } from '../../../shared/domain/review'
import { Layout } from '../../app/Layout'
import { Link } from '../../app/router'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ProgressBar } from '../../components/ProgressBar'
import { Loading } from '../../components/Spinner'
import { fetchReport } from '../compare/export/api'
import { saveFile } from '../compare/export/download'
import { getReview } from '../reviews/api'
import { followUpApi } from './api'
import { FollowUpHistory } from './FollowUpHistory'
import { FollowUpItemCard } from './FollowUpItemCard'
import { useLiveFollowUp } from './useLiveFollowUp'
import './followups.css'

const FILTERS = ['all', 'pending', 'decided', 'edited', 'unchanged', 'removed'] as const
type Filter = (typeof FILTERS)[number]

export function FollowUpPage({ reviewId, followUpId }: { reviewId: string; followUpId: string }) {
  const [review, setReview] = useState<ReviewView | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    getReview(reviewId).then(setReview, setError)
  }, [reviewId])
  if (error)
    return (
      <Layout>
        <ErrorMessage error={error} />
      </Layout>
    )
  if (!review) return <Loading />
  return <FollowUpView review={review} followUpId={followUpId} />
}

function FollowUpView({ review, followUpId }: { review: ReviewView; followUpId: string }) {
  const { t, i18n } = useTranslation('followUp')
  const { user } = useSession()
  const live = useLiveFollowUp(review.id, followUpId, review.consolidatedRoom, i18n.language)
  const [filter, setFilter] = useState<Filter>('all')
  const [busy, setBusy] = useState<string | null>(null)
  const [actionError, setActionError] = useState<unknown>(null)
  const [exporting, setExporting] = useState<string | null>(null)
  const canDecide = user?.role === 'admin' || user?.role === 'facilitator' || user?.role === 'expert'
  const items = live.followUp?.items ?? []
  const findingIds = useMemo(() => new Set(items.map((i) => i.findingId)), [items])
  const decided = items.filter((i) => i.verdict !== 'pending').length
  const shown = useMemo(
    () =>
      items.filter((i) =>
        filter === 'all'
          ? true
          : filter === 'pending'
            ? i.verdict === 'pending'
            : filter === 'decided'
              ? i.verdict !== 'pending'
              : i.state === filter,
      ),
    [items, filter],
  )

  if (live.error)
    return (
      <Layout>
        <ErrorMessage error={live.error} />
      </Layout>
    )
  if (!live.followUp) return <Loading />
  const f = live.followUp

  const decide = async (findingId: string, verdict: Verdict, note: string) => {
    setBusy(findingId)
    setActionError(null)
    try {
      const item = await followUpApi.verdict(review.id, f.id, findingId, verdict, note)
      live.set({ ...f, items: f.items.map((i) => (i.findingId === findingId ? item : i)) })
    } catch (e) {
      setActionError(e)
    } finally {
      setBusy(null)
    }
  }
  const download = async (format: 'docx' | 'pdf' | 'html' | 'md' | 'csv' | 'json' | 'w3c') => {
    setExporting(format)
    setActionError(null)
    try {
      saveFile(await fetchReport(review.id, { scope: `follow-up:${f.id}`, format, lang: i18n.language }))
    } catch (e) {
      setActionError(e)
    } finally {
      setExporting(null)
    }
  }

  return (
    <Layout wide>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={`/reviews/${encodeURIComponent(review.id)}/follow-ups`}>{t('list.title')}</Link>
          </p>
          <h1 data-testid="follow-up-title">{t('page.title', { title: review.title })}</h1>
          <p className="meta">
            <Link
              to={`/drafts/${encodeURIComponent(review.draftId)}/compare?from=${encodeURIComponent(f.fromVersionId)}&to=${encodeURIComponent(f.toVersionId)}`}
            >
              {t('page.compare')}
            </Link>
            <span className="muted" data-testid="room-status">
              {t(`room.${live.room.status}`)}
            </span>
          </p>
        </div>
        <div className="page-actions" role="group" aria-label={t('page.export')}>
          {(['docx', 'pdf', 'html', 'md', 'csv', 'json', 'w3c'] as const).map((format) => (
            <Button
              key={format}
              busy={exporting === format}
              onClick={() => download(format)}
              data-testid={`export-${format}`}
            >
              {format.toUpperCase()}
            </Button>
          ))}
        </div>
      </div>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      <div className="fu-progress" data-testid="follow-up-progress">
        <p>{t('page.progress', { n: decided, total: items.length })}</p>
        <ProgressBar
          value={items.length ? decided / items.length : 1}
          label={t('page.progress', { n: decided, total: items.length })}
        />
      </div>
      <div className="fu-filters" role="group" aria-label={t('page.filters')}>
        {FILTERS.map((x) => (
          <Button
            key={x}
            aria-pressed={filter === x}
            onClick={() => setFilter(x)}
            data-testid={`follow-up-filter-${x}`}
          >
            {t(`filters.${x}`)}
          </Button>
        ))}
      </div>
      <section aria-label={t('page.items')}>
        {shown.length === 0 ? <p>{t('page.none')}</p> : null}
        {shown.map((item) => (
          <FollowUpItemCard
            key={item.findingId}
            item={item}
            finding={live.findings.get(item.findingId)}
            canDecide={canDecide}
            busy={busy === item.findingId}
            onVerdict={(v, note) => decide(item.findingId, v, note)}
          />
        ))}
      </section>
      <section aria-labelledby="fu-risks">
        <h2 id="fu-risks">{t('page.newRisks')}</h2>
        {f.newSuggestions.length === 0 ? (
          <p>{t('page.noNewRisks')}</p>
        ) : (
          <ul data-testid="new-risks">
            {f.newSuggestions.map((s) => (
              <li key={`${s.unitId}:${s.start}:${s.marker}`}>
                {s.unitLabel ? <strong>{s.unitLabel}: </strong> : null}«{s.quote}» — {s.explanation}
              </li>
            ))}
          </ul>
        )}
        {/* Changed norms need a reader either way: the detector misses many factors (docs/detector.md). */}
        <p className="muted" data-testid="new-risks-limits">
          {t('room:suggestions.limits')}
        </p>
      </section>
      <FollowUpHistory doc={live.room.doc} findingIds={findingIds} />
    </Layout>
  )
}
