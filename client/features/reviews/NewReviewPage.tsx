import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftSummary } from '../../../shared/domain/draft'
import { Layout } from '../../app/Layout'
import { Link, navigate, useRoute } from '../../app/router'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field, TextField } from '../../components/Field'
import { Loading } from '../../components/Spinner'
import { listDrafts } from '../drafts/api'
import { createReview, listMethodologies } from './api'
import { GroupNamesInput } from './GroupNamesInput'
import { MethodologyPicker } from './MethodologyPicker'
import type { MethodologySummary } from './types'
import './reviews.css'
import { useSubmit } from '../../components/useSubmit'

/** Create a review: title, draft + version, methodology pack, named groups. */
export function NewReviewPage() {
  const { t } = useTranslation('review')
  const { query } = useRoute()
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null)
  const [packs, setPacks] = useState<MethodologySummary[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [title, setTitle] = useState('')
  const [draftId, setDraftId] = useState(query.get('draft') ?? '')
  const [versionId, setVersionId] = useState(query.get('version') ?? '')
  const [methodologyId, setMethodologyId] = useState('')
  const [groups, setGroups] = useState<string[]>(() => [1, 2, 3].map((n) => t('defaultGroupName', { n })))

  useEffect(() => {
    listDrafts().then((ds) => {
      setDrafts(ds)
      setDraftId((cur) => cur || ds[0]?.id || '')
    }, setLoadError)
    listMethodologies().then((ps) => {
      setPacks(ps)
      setMethodologyId((cur) => cur || ps[0]?.id || '')
    }, setLoadError)
  }, [])

  const draft = drafts?.find((d) => d.id === draftId)
  const versions = draft ? [...draft.versions].sort((a, b) => b.number - a.number) : []

  const { busy, error, onSubmit } = useSubmit(async () => {
    const review = await createReview({
      title: title.trim(),
      draftId,
      ...(versionId ? { versionId } : {}),
      ...(methodologyId ? { methodologyId } : {}),
      groups: groups.map((g) => g.trim()).filter(Boolean),
    })
    navigate(`/reviews/${encodeURIComponent(review.id)}`)
  })

  if (loadError) {
    return (
      <Layout>
        <ErrorMessage error={loadError} />
      </Layout>
    )
  }
  if (!drafts || !packs) return <Loading />
  return (
    <Layout>
      <h1>{t('newTitle')}</h1>
      {drafts.length === 0 ? (
        <EmptyState title={t('noDrafts')} action={<Link to="/drafts">{t('goToDrafts')}</Link>} />
      ) : (
        <form className="card form" onSubmit={onSubmit} data-testid="new-review-form">
          <TextField
            label={t('title')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            name="title"
            maxLength={300}
          />
          <div className="row">
            <Field label={t('draft')}>
              <select
                value={draftId}
                onChange={(e) => {
                  setDraftId(e.target.value)
                  setVersionId('')
                }}
                required
                name="draftId"
              >
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('version')}>
              <select value={versionId} onChange={(e) => setVersionId(e.target.value)} name="versionId">
                <option value="">{t('latestVersion')}</option>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('drafts:versionN', { n: v.number })}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <MethodologyPicker packs={packs} value={methodologyId} onChange={setMethodologyId} />
          <GroupNamesInput groups={groups} onChange={setGroups} />
          <ErrorMessage error={error} />
          <Button type="submit" variant="primary" busy={busy} data-testid="create-review">
            {t('create')}
          </Button>
        </form>
      )}
    </Layout>
  )
}
