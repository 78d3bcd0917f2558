/**
 * `/reviews/:id/follow-ups`: the follow-ups of a review on later versions of its draft, and (for
 * experts, facilitators and admins) starting one on a chosen later version.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FollowUp } from '../../../shared/domain/followUp'
import type { ReviewView } from '../../../shared/domain/review'
import { Layout } from '../../app/Layout'
import { Link, navigate } from '../../app/router'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { formatDateTime } from '../../i18n'
import { type DraftDetail, getDraft } from '../drafts/api'
import { getReview } from '../reviews/api'
import { followUpApi } from './api'
import './followups.css'

type Loaded = { review: ReviewView; draft: DraftDetail; followUps: FollowUp[] }

export function FollowUpsPage({ reviewId }: { reviewId: string }) {
  const { t, i18n } = useTranslation('followUp')
  const { user } = useSession()
  const [data, setData] = useState<Loaded | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [version, setVersion] = useState('')
  const [busy, setBusy] = useState(false)
  const canStart = user?.role === 'admin' || user?.role === 'facilitator' || user?.role === 'expert'

  useEffect(() => {
    let alive = true
    ;(async () => {
      const review = await getReview(reviewId)
      const [draft, followUps] = await Promise.all([
        getDraft(review.draftId),
        followUpApi.list(reviewId, i18n.language),
      ])
      if (alive) setData({ review, draft, followUps })
    })().catch((e) => alive && setError(e))
    return () => {
      alive = false
    }
  }, [reviewId, i18n.language])

  if (error && !data)
    return (
      <Layout>
        <ErrorMessage error={error} />
      </Layout>
    )
  if (!data) return <Loading />
  const versions = [...(data.draft.versions ?? [])].sort((a, b) => a.number - b.number)
  const reviewed = versions.find((v) => v.id === data.review.versionId)
  const later = versions.filter((v) => v.number > (reviewed?.number ?? Number.POSITIVE_INFINITY))
  const numberOf = (id: string) => versions.find((v) => v.id === id)?.number ?? '?'
  const chosen = version || later.at(-1)?.id || ''

  const start = async () => {
    setBusy(true)
    setError(null)
    try {
      const f = await followUpApi.create(reviewId, chosen, i18n.language)
      navigate(`/reviews/${encodeURIComponent(reviewId)}/follow-ups/${encodeURIComponent(f.id)}`)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Layout>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={`/reviews/${encodeURIComponent(reviewId)}`}>{data.review.title}</Link>
          </p>
          <h1>{t('list.title')}</h1>
          <p className="meta">{t('list.explain', { n: reviewed?.number ?? '?' })}</p>
        </div>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {canStart ? (
        later.length ? (
          <div className="card" data-testid="start-follow-up">
            <label>
              {t('list.version')}{' '}
              <select
                value={chosen}
                onChange={(e) => setVersion(e.target.value)}
                data-testid="follow-up-version"
              >
                {later.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('compare.version', { n: v.number })}
                  </option>
                ))}
              </select>
            </label>{' '}
            <Button variant="primary" busy={busy} onClick={start} data-testid="follow-up-start">
              {t('list.start')}
            </Button>
          </div>
        ) : (
          <p className="muted">
            {t('list.noLater')}{' '}
            <Link to={`/drafts/${encodeURIComponent(data.review.draftId)}`}>{t('list.toDraft')}</Link>
          </p>
        )
      ) : null}
      {data.followUps.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <ul className="card-list" data-testid="follow-ups">
          {data.followUps.map((f) => {
            const decided = f.items.filter((i) => i.verdict !== 'pending').length
            return (
              <li key={f.id} className="card">
                <Link to={`/reviews/${encodeURIComponent(reviewId)}/follow-ups/${encodeURIComponent(f.id)}`}>
                  {t('list.item', { from: numberOf(f.fromVersionId), to: numberOf(f.toVersionId) })}
                </Link>{' '}
                <span className="muted">
                  {formatDateTime(f.createdAt, i18n.language)} ·{' '}
                  {t('page.progress', { n: decided, total: f.items.length })}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </Layout>
  )
}
