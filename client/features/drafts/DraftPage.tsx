import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UNIT_KINDS } from '../../../shared/domain/draft'
import { Layout } from '../../app/Layout'
import { Link, navigate, useRoute } from '../../app/router'
import { useSession } from '../../app/session'
import { ArchiveButtons } from '../../components/ArchiveButtons'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LANGUAGE_NAMES } from '../../components/LanguageSwitcher'
import { RenameButton } from '../../components/RenameButton'
import { ArchivedBadge } from '../../components/ShowArchivedToggle'
import { Loading } from '../../components/Spinner'
import { formatDateTime, formatNumber } from '../../i18n'
import { type DraftDetail, draftInputPath, getDraft } from './api'
import { DraftInputForm } from './DraftInputForm'
import { DraftSearch } from './DraftSearch'
import { buildOutline, countByKind, findHits, unitDepths } from './draftView'
import { Outline } from './Outline'
import { useTransliterator } from './translit'
import { UnitList } from './UnitList'
import './drafts.css'

/** One draft: outline, search, counts, versions, read-only text, other-script view for Uzbek. */
export function DraftPage({ draftId }: { draftId: string }) {
  const { t, i18n } = useTranslation('drafts')
  const { query } = useRoute()
  const { user } = useSession()
  const versionParam = query.get('version')
  const [draft, setDraft] = useState<DraftDetail | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [otherScript, setOtherScript] = useState(false)
  const [search, setSearch] = useState('')
  const [current, setCurrent] = useState(0)
  const [focus, setFocus] = useState<{ index: number; seq: number } | null>(null)
  const [addingVersion, setAddingVersion] = useState(false)

  useEffect(() => {
    setDraft(null)
    setError(null)
    getDraft(draftId, versionParam).then(setDraft, setError)
  }, [draftId, versionParam])

  const isUzbek = draft?.language === 'uz-Latn' || draft?.language === 'uz-Cyrl'
  const transliterate = useTransliterator(isUzbek)
  const units = draft?.units ?? []
  const target = draft?.language === 'uz-Latn' ? 'uz-Cyrl' : 'uz-Latn'
  const texts = useMemo(
    () =>
      otherScript && transliterate
        ? units.map((u) => transliterate(u.text, target))
        : units.map((u) => u.text),
    [units, otherScript, transliterate, target],
  )
  const depths = useMemo(() => unitDepths(units), [units])
  // The other script converts everything the draft itself says: title, outline and text.
  const inScript = useCallback(
    (s: string) => (otherScript && transliterate ? transliterate(s, target) : s),
    [otherScript, transliterate, target],
  )
  const outline = useMemo(
    () => buildOutline(units).map((e) => ({ ...e, title: inScript(e.title), label: inScript(e.label) })),
    [units, inScript],
  )
  const counts = useMemo(() => draft?.counts ?? countByKind(units), [draft, units])
  const deferredSearch = useDeferredValue(search)
  const hits = useMemo(
    () => findHits(texts, deferredSearch, i18n.language),
    [texts, deferredSearch, i18n.language],
  )

  const jump = useCallback((index: number) => setFocus((f) => ({ index, seq: (f?.seq ?? 0) + 1 })), [])
  // A new hit list starts at its first hit and shows it, so "1 of N" is the hit on screen and Enter
  // goes on to the second.
  useEffect(() => {
    setCurrent(0)
    if (hits[0]) jump(hits[0].unit)
  }, [hits, jump])
  const step = useCallback(
    (delta: 1 | -1) => {
      if (hits.length === 0) return
      const next = (current + delta + hits.length) % hits.length
      setCurrent(next)
      jump(hits[next]?.unit ?? 0)
    },
    [hits, current, jump],
  )

  if (error) {
    return (
      <Layout>
        <ErrorMessage error={error} />
        <Link to="/drafts">{t('backToList')}</Link>
      </Layout>
    )
  }
  if (!draft) return <Loading />
  const versions = draft.versions ?? []
  const canAddVersion = user?.role === 'admin' || user?.role === 'facilitator' || user?.role === 'expert'
  const canManage = user?.role === 'admin' || user?.role === 'facilitator'
  const latest = versions.length ? versions.reduce((a, b) => (a.number > b.number ? a : b)) : null
  return (
    <Layout wide>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to="/drafts">{t('listTitle')}</Link>
          </p>
          <h1 data-testid="draft-title">{inScript(draft.title)}</h1>
          {canAddVersion ? (
            <RenameButton<DraftDetail>
              path={`/api/drafts/${encodeURIComponent(draft.id)}`}
              title={draft.title}
              onRenamed={(d) => setDraft((prev) => (prev ? { ...prev, title: d.title } : prev))}
            />
          ) : null}
          {canManage ? (
            <ArchiveButtons
              path={`/api/drafts/${encodeURIComponent(draft.id)}`}
              kind="draft"
              archived={draft.archived === true}
              onArchived={(archived) => setDraft((prev) => (prev ? { ...prev, archived } : prev))}
              onDeleted={() => navigate('/drafts')}
            />
          ) : null}
          <p className="meta">
            <span className="badge" lang={draft.language}>
              {LANGUAGE_NAMES[draft.language] ?? draft.language}
            </span>
            <ArchivedBadge archived={draft.archived} />
            {draft.versionNumber ? <span>{t('versionN', { n: draft.versionNumber })}</span> : null}
            {latest && latest.id !== draft.versionId ? (
              <span className="badge badge-warn">{t('oldVersion')}</span>
            ) : null}
          </p>
        </div>
        <div className="page-actions">
          {isUzbek ? (
            <Button
              variant="secondary"
              aria-pressed={otherScript}
              disabled={!transliterate}
              onClick={() => setOtherScript((v) => !v)}
              data-testid="other-script"
            >
              {t(target === 'uz-Cyrl' ? 'showCyrillic' : 'showLatin')}
            </Button>
          ) : null}
          {canAddVersion ? <Button onClick={() => setAddingVersion(true)}>{t('addVersion')}</Button> : null}
          {versions.length > 1 ? (
            <Link
              className="btn btn-secondary"
              to={`/drafts/${encodeURIComponent(draft.id)}/compare`}
              data-testid="compare-versions"
            >
              {t('followUp:links.compareVersions')}
            </Link>
          ) : null}
          {user?.role === 'admin' || user?.role === 'facilitator' ? (
            <Link
              className="btn btn-primary"
              to={`/reviews/new?draft=${encodeURIComponent(draft.id)}${versionParam ? `&version=${encodeURIComponent(versionParam)}` : ''}`}
            >
              {t('startReview')}
            </Link>
          ) : null}
        </div>
      </div>
      <div className="draft-layout">
        <aside className="draft-side" aria-label={t('outline.title')}>
          <section>
            <h2>{t('counts.title')}</h2>
            <dl className="counts" data-testid="unit-counts">
              {UNIT_KINDS.filter((k) => counts[k]).map((k) => (
                <div key={k} data-kind={k}>
                  <dt>{t(`kinds.${k}`)}</dt>
                  <dd>{formatNumber(counts[k] ?? 0, i18n.language)}</dd>
                </div>
              ))}
            </dl>
          </section>
          {versions.length > 0 ? (
            <section>
              <h2>{t('versions.title')}</h2>
              <ol className="versions" data-testid="versions">
                {[...versions]
                  .sort((a, b) => b.number - a.number)
                  .map((v) => (
                    <li key={v.id}>
                      <Link
                        to={`/drafts/${encodeURIComponent(draft.id)}${v.id === latest?.id ? '' : `?version=${encodeURIComponent(v.id)}`}`}
                        aria-current={v.id === draft.versionId ? 'page' : undefined}
                      >
                        {t('versionN', { n: v.number })}
                      </Link>{' '}
                      <span className="muted">{formatDateTime(v.createdAt, i18n.language)}</span>
                    </li>
                  ))}
              </ol>
            </section>
          ) : null}
          <section className="outline-section">
            <h2>{t('outline.title')}</h2>
            <Outline entries={outline} onJump={jump} />
          </section>
        </aside>
        <div className="draft-main">
          <DraftSearch
            query={search}
            onQuery={setSearch}
            total={hits.length}
            current={current}
            onStep={step}
          />
          <UnitList
            units={units}
            texts={texts}
            depths={depths}
            hits={hits}
            currentHit={current}
            focus={focus}
          />
        </div>
      </div>
      <Dialog open={addingVersion} title={t('addVersion')} onClose={() => setAddingVersion(false)}>
        <DraftInputForm
          endpoint={draftInputPath(draft.id)}
          requireTitle={false}
          onCreated={() => {
            setAddingVersion(false)
            navigate(`/drafts/${encodeURIComponent(draft.id)}`, { replace: true })
            getDraft(draft.id).then(setDraft, setError)
          }}
        />
      </Dialog>
    </Layout>
  )
}
