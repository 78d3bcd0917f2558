import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftSummary } from '../../../shared/domain/draft'
import { Layout } from '../../app/Layout'
import { navigate } from '../../app/router'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LANGUAGE_NAMES } from '../../components/LanguageSwitcher'
import { ListCard } from '../../components/ListCard'
import { ArchivedBadge, ShowArchivedToggle } from '../../components/ShowArchivedToggle'
import { Loading } from '../../components/Spinner'
import { formatDateTime } from '../../i18n'
import { draftInputPath, listDrafts } from './api'
import { DraftInputForm } from './DraftInputForm'

/** The list of drafts, newest first, with "new draft" (paste or upload). */
export function DraftsPage() {
  const { t, i18n } = useTranslation('drafts')
  const { user } = useSession()
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [creating, setCreating] = useState(false)
  const [showArchived, setShowArchived] = useState(false)
  const canCreate = user?.role === 'admin' || user?.role === 'facilitator' || user?.role === 'expert'

  useEffect(() => {
    listDrafts(showArchived).then(setDrafts, setError)
  }, [showArchived])

  const sorted = drafts ? [...drafts].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)) : null
  return (
    <Layout>
      <div className="page-head">
        <h1>{t('listTitle')}</h1>
        <ShowArchivedToggle checked={showArchived} onChange={setShowArchived} />
        {canCreate ? (
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="new-draft">
            {t('new')}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={error} />
      {sorted === null && !error ? <Loading /> : null}
      {sorted?.length === 0 ? (
        <EmptyState
          title={t('empty')}
          action={canCreate ? <Button onClick={() => setCreating(true)}>{t('new')}</Button> : undefined}
        >
          {t('emptyHint')}
        </EmptyState>
      ) : null}
      {sorted && sorted.length > 0 ? (
        <ul className="card-list" data-testid="drafts-list">
          {sorted.map((d) => (
            <ListCard key={d.id} to={`/drafts/${encodeURIComponent(d.id)}`} title={d.title}>
              <span className="badge" lang={d.language}>
                {LANGUAGE_NAMES[d.language] ?? d.language}
              </span>
              <ArchivedBadge archived={d.archived} />
              <span>{t('versionCount', { count: d.versions.length })}</span>
              <span>{formatDateTime(d.createdAt, i18n.language)}</span>
            </ListCard>
          ))}
        </ul>
      ) : null}
      <Dialog open={creating} title={t('new')} onClose={() => setCreating(false)}>
        <DraftInputForm
          endpoint={draftInputPath()}
          requireTitle
          onCreated={(d) => {
            setCreating(false)
            navigate(`/drafts/${encodeURIComponent(d.id)}`)
          }}
        />
      </Dialog>
    </Layout>
  )
}
