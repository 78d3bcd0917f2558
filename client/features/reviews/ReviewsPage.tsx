import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Layout } from '../../app/Layout'
import { Link } from '../../app/router'
import { canFacilitate, useSession } from '../../app/session'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { ListCard } from '../../components/ListCard'
import { ArchivedBadge, ShowArchivedToggle } from '../../components/ShowArchivedToggle'
import { Loading } from '../../components/Spinner'
import { formatDateTime } from '../../i18n'
import { listDrafts } from '../drafts/api'
import { listReviews } from './api'
import type { ReviewDetail } from './types'

/** All reviews the user may see (several drafts at once), newest first, with phase. */
export function ReviewsPage() {
  const { t, i18n } = useTranslation('review')
  const { user } = useSession()
  const [reviews, setReviews] = useState<ReviewDetail[] | null>(null)
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map())
  const [error, setError] = useState<unknown>(null)
  const [showArchived, setShowArchived] = useState(false)
  useEffect(() => {
    listReviews(showArchived).then(setReviews, setError)
  }, [showArchived])
  useEffect(() => {
    // Archived drafts too: a listed review may be of one.
    listDrafts(true)
      .then((ds) => setDrafts(new Map(ds.map((d) => [d.id, d.title]))))
      .catch(() => undefined)
  }, [])
  const sorted = reviews
    ? [...reviews].sort((a, b) => ((a.createdAt ?? '') < (b.createdAt ?? '') ? 1 : -1))
    : null
  const newButton = canFacilitate(user) ? (
    <Link to="/reviews/new" className="btn btn-primary" data-testid="new-review">
      {t('new')}
    </Link>
  ) : null
  return (
    <Layout>
      <div className="page-head">
        <h1>{t('listTitle')}</h1>
        <ShowArchivedToggle checked={showArchived} onChange={setShowArchived} />
        {newButton}
      </div>
      <ErrorMessage error={error} />
      {sorted === null && !error ? <Loading /> : null}
      {sorted?.length === 0 ? (
        <EmptyState
          title={t('empty')}
          action={
            canFacilitate(user) ? (
              <Link to="/reviews/new" className="btn btn-secondary">
                {t('new')}
              </Link>
            ) : undefined
          }
        >
          {t('emptyHint')}
        </EmptyState>
      ) : null}
      {sorted && sorted.length > 0 ? (
        <ul className="card-list" data-testid="reviews-list">
          {sorted.map((r) => (
            <ListCard key={r.id} to={`/reviews/${encodeURIComponent(r.id)}`} title={r.title}>
              <span className={`badge phase phase-${r.phase}`} data-testid="review-phase">
                {t(`phases.${r.phase}`)}
              </span>
              <ArchivedBadge archived={r.archived} />
              {drafts.get(r.draftId) ? <span>{drafts.get(r.draftId)}</span> : null}
              <span>{t('groupCount', { count: r.groups.length })}</span>
              {r.createdAt ? <span>{formatDateTime(r.createdAt, i18n.language)}</span> : null}
            </ListCard>
          ))}
        </ul>
      ) : null}
    </Layout>
  )
}
