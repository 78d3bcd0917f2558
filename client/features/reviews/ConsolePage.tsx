import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Layout } from '../../app/Layout'
import { Link, navigate } from '../../app/router'
import { canFacilitate, useSession } from '../../app/session'
import { ArchiveButtons } from '../../components/ArchiveButtons'
import { ErrorMessage } from '../../components/ErrorMessage'
import { RenameButton } from '../../components/RenameButton'
import { ArchivedBadge } from '../../components/ShowArchivedToggle'
import { Loading } from '../../components/Spinner'
import { useToast } from '../../components/Toast'
import { getDraftVersion } from '../drafts/api'
import { Agenda } from './Agenda'
import { getReview, listParticipants, putGroupLock } from './api'
import { GroupCard } from './GroupCard'
import { JoinCodePanel } from './JoinCodePanel'
import { articleIdsOf } from './liveStats'
import { ParticipantsPanel } from './ParticipantsPanel'
import { PhaseControl } from './PhaseControl'
import type { Participant, ReviewDetail } from './types'
import './reviews.css'

const POLL_MS = 15_000

/** `/reviews/:id`: the facilitator's live console (an overview for experts and staff). */
export function ConsolePage({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation('review')
  const { user } = useSession()
  const { notify } = useToast()
  const manage = canFacilitate(user)
  const [review, setReview] = useState<ReviewDetail | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [articleIds, setArticleIds] = useState<ReadonlySet<string> | null>(null)
  const [participants, setParticipants] = useState<Participant[] | null>(null)
  const [participantsError, setParticipantsError] = useState<unknown>(null)

  useEffect(() => {
    getReview(reviewId).then(setReview, setError)
  }, [reviewId])

  // Another facilitator may change the phase, locks or the code: re-read quietly while visible.
  useEffect(() => {
    const id = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return
      getReview(reviewId).then(setReview, () => undefined)
    }, POLL_MS)
    return () => window.clearInterval(id)
  }, [reviewId])

  const draftKey = review ? `${review.draftId}|${review.versionId}` : null
  useEffect(() => {
    if (!draftKey) return
    const [draftId, versionId] = draftKey.split('|') as [string, string]
    getDraftVersion(draftId, versionId)
      .then((d) => setArticleIds(articleIdsOf(d.units)))
      .catch(() => setArticleIds(null))
  }, [draftKey])

  const loadParticipants = useCallback(() => {
    if (!manage) return
    listParticipants(reviewId).then((p) => {
      setParticipants(p)
      setParticipantsError(null)
    }, setParticipantsError)
  }, [reviewId, manage])
  useEffect(loadParticipants, [loadParticipants])

  // Someone new came online: re-read the participant list so the console shows them.
  const online = useRef(new Map<string, number>())
  const onOnlineCount = useCallback(
    (groupId: string, n: number) => {
      const before = online.current.get(groupId) ?? 0
      online.current.set(groupId, n)
      if (n > before) loadParticipants()
    },
    [loadParticipants],
  )

  const setLock = async (groupId: string, locked: boolean) => {
    try {
      setReview(await putGroupLock(reviewId, groupId, locked))
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error')
    }
  }

  if (error) {
    return (
      <Layout>
        <ErrorMessage error={error} />
      </Layout>
    )
  }
  if (!review) return <Loading />
  const rid = encodeURIComponent(review.id)
  return (
    <Layout wide>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to="/">{t('listTitle')}</Link>
          </p>
          <h1 data-testid="review-title">{review.title}</h1>
          {manage ? (
            <RenameButton<ReviewDetail>
              path={`/api/reviews/${encodeURIComponent(review.id)}`}
              title={review.title}
              onRenamed={(r) => setReview((prev) => (prev ? { ...prev, title: r.title } : prev))}
            />
          ) : null}
          {manage ? (
            <ArchiveButtons
              path={`/api/reviews/${encodeURIComponent(review.id)}`}
              kind="review"
              archived={review.archived === true}
              onArchived={(archived) => setReview((prev) => (prev ? { ...prev, archived } : prev))}
              onDeleted={() => navigate('/')}
            />
          ) : null}
          <p className="meta">
            <span className={`badge phase phase-${review.phase}`} data-testid="review-phase">
              {t(`phases.${review.phase}`)}
            </span>
            <ArchivedBadge archived={review.archived} />
            <Link
              to={`/drafts/${encodeURIComponent(review.draftId)}?version=${encodeURIComponent(review.versionId)}`}
            >
              {t('viewDraft')}
            </Link>
          </p>
        </div>
        <nav className="page-actions" aria-label={t('reviewPages')}>
          <Link className="btn btn-secondary" to={`/reviews/${rid}/compare`}>
            {t('links.compare')}
          </Link>
          <Link className="btn btn-secondary" to={`/reviews/${rid}/consolidated`}>
            {t('links.consolidated')}
          </Link>
          <Link className="btn btn-secondary" to={`/reviews/${rid}/export`}>
            {t('links.export')}
          </Link>
          <Link className="btn btn-secondary" to={`/reviews/${rid}/follow-ups`} data-testid="follow-ups-link">
            {t('followUp:links.followUps')}
          </Link>
        </nav>
      </div>
      <div className="console">
        <div className="console-main">
          <h2>{t('groupsLive')}</h2>
          <div className="group-grid">
            {review.groups.map((g) => (
              <GroupCard
                key={g.id}
                reviewId={review.id}
                group={g}
                articleIds={articleIds}
                locked={review.locked?.includes(g.id) ?? false}
                canManage={manage}
                onLock={(locked) => void setLock(g.id, locked)}
                onOnlineCount={onOnlineCount}
              />
            ))}
          </div>
          {manage ? (
            <ParticipantsPanel
              reviewId={review.id}
              groups={review.groups}
              participants={participants}
              error={participantsError}
              onReload={loadParticipants}
            />
          ) : null}
        </div>
        {manage ? (
          <aside className="console-side">
            <PhaseControl review={review} onReview={setReview} />
            <JoinCodePanel review={review} onReview={setReview} />
            <Agenda reviewId={review.id} />
          </aside>
        ) : null}
      </div>
    </Layout>
  )
}
