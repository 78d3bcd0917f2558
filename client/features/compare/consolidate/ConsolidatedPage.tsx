/**
 * `/reviews/:id/consolidated`: the experts' consensus builder, live in the consolidated room. Each
 * comparison cluster is accepted as one consolidated finding (factors merged, texts chosen or merged)
 * or rejected with a reason; every connected expert sees decisions and edits at once. Staff read only.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clusterKey, createFinding, updateFinding } from '../../../../shared/collab/roomDoc'
import type { Finding } from '../../../../shared/domain/finding'
import { articleOfUnits } from '../../../../shared/reports/articles'
import { Link } from '../../../app/router'
import { useSession } from '../../../app/session'
import { useRoom } from '../../../collab/useRoom'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { Loading } from '../../../components/Spinner'
import { factorNamer } from '../model/localized'
import { FactorNamesNotice } from '../parts/FactorNamesNotice'
import { useCompareData } from '../useCompareData'
import { AuthorFindingForm } from './AuthorFindingForm'
import { adjustSpan, authoredId, buildAuthoredFinding } from './authoring'
import { ClusterCard } from './ClusterCard'
import { ConsolidatedChecklist } from './ConsolidatedChecklist'
import { ConsolidatedFindingCard } from './ConsolidatedFindingCard'
import { acceptCluster, effectiveDecision, recordResponse, rejectCluster, reopenCluster } from './decisions'
import { buildConsolidatedFinding, clusterFindings } from './merge'
import { RoomStatusBadge } from './RoomStatusBadge'
import { useConsolidatedState } from './useConsolidatedState'
import '../compare.css'

const EDITOR_ROLES = new Set(['admin', 'facilitator', 'expert'])

/** The consensus builder of one review. */
export function ConsolidatedPage({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation('compare')
  const { data, error } = useCompareData(reviewId)
  if (!data) {
    return (
      <div className="cmp-page">
        <h1>{t('consolidate.title')}</h1>
        {error ? <ErrorMessage error={error} /> : <Loading />}
      </div>
    )
  }
  return <ConsensusBuilder data={data} error={error} />
}

function ConsensusBuilder({
  data,
  error,
}: {
  data: NonNullable<ReturnType<typeof useCompareData>['data']>
  error: unknown
}) {
  const { t, i18n } = useTranslation('compare')
  const { user } = useSession()
  const canEdit = !!user && EDITOR_ROLES.has(user.role)
  const { review, draft, comparison, findingsByGroup, pack } = data
  const room = useRoom(review.consolidatedRoom, { readOnly: !canEdit })
  const state = useConsolidatedState(room.doc)
  const [showDecided, setShowDecided] = useState(false)
  const factorName = useMemo(() => factorNamer(pack, i18n.language), [pack, i18n.language])
  const names = useMemo(() => new Map(review.groups.map((g) => [g.id, g.name])), [review.groups])
  const groupName = (id: string) => names.get(id) ?? '—' // never an internal id where a person reads
  const unitsById = useMemo(() => new Map(draft.units.map((u) => [u.id, u])), [draft.units])
  const articleOf = useMemo(() => articleOfUnits(draft.units), [draft.units])
  const byId = useMemo(
    () =>
      new Map<string, Finding>(
        Object.values(findingsByGroup)
          .flat()
          .map((f) => [f.id, f]),
      ),
    [findingsByGroup],
  )
  const actor = user ? { id: user.id, name: user.name } : { id: '', name: '' }
  const now = () => new Date().toISOString()

  const clusters = comparison.clusters
  const decisionOf = (ids: readonly string[]) => effectiveDecision(ids, state.decisions, state.findings)
  const decidedCount = clusters.filter((c) => decisionOf(c.findingIds)).length
  const visible = clusters.filter((c) => showDecided || !decisionOf(c.findingIds))
  const sourceQuote = (_g: string, findingId: string) => byId.get(findingId)?.quote

  return (
    <div className="cmp-page" data-testid="consolidated-page">
      <header className="cmp-head">
        <div>
          <p className="cmp-kicker">{review.title}</p>
          <h1>{t('consolidate.title')}</h1>
          <p className="cmp-hint">{canEdit ? t('consolidate.explain') : t('consolidate.readOnly')}</p>
        </div>
        <div className="cmp-head-side">
          <RoomStatusBadge status={room.status} synced={room.synced} closeCode={room.closeCode} />
          <nav className="cmp-nav" aria-label={t('nav.label')}>
            <Link to={`/reviews/${encodeURIComponent(review.id)}/compare`}>{t('nav.compare')}</Link>
            <Link to={`/reviews/${encodeURIComponent(review.id)}/export`}>{t('nav.export')}</Link>
          </nav>
        </div>
      </header>
      <FactorNamesNotice pack={pack} />
      {error ? <ErrorMessage error={error} /> : null}
      <ConsolidatedChecklist
        reviewId={review.id}
        doc={room.doc}
        units={draft.units}
        canEdit={canEdit}
        groupName={groupName}
      />
      <div className="cmp-columns">
        <section aria-labelledby="cmp-clusters" className="cmp-col">
          <div className="cmp-card-head">
            <h2 id="cmp-clusters">{t('consolidate.clusters')}</h2>
            <label className="cmp-check">
              <input
                type="checkbox"
                checked={showDecided}
                onChange={(e) => setShowDecided(e.target.checked)}
              />
              {t('consolidate.showDecided')}
            </label>
          </div>
          <p className="cmp-hint" data-testid="decided-count">
            {t('consolidate.progress', { decided: decidedCount, total: clusters.length })}
          </p>
          {visible.length === 0 ? (
            <p>{clusters.length ? t('consolidate.allDecided') : t('consolidate.noClusters')}</p>
          ) : null}
          {visible.map((c) => {
            const findings = clusterFindings(c, byId)
            const unit = unitsById.get(c.unitId)
            return (
              <ClusterCard
                key={clusterKey(c.findingIds)}
                cluster={c}
                findings={findings}
                unit={unit}
                decision={decisionOf(c.findingIds)}
                canEdit={canEdit}
                groupName={groupName}
                factorName={factorName}
                actions={{
                  accept: (choice) => {
                    const at = now()
                    const f = buildConsolidatedFinding({
                      cluster: c,
                      findings,
                      unit,
                      articleId: articleOf.get(c.unitId) ?? null,
                      choice,
                      author: actor,
                      now: at,
                    })
                    acceptCluster(room.doc, c.findingIds, f, actor, at)
                  },
                  reject: (reason) => rejectCluster(room.doc, c.findingIds, reason, actor, now()),
                  reopen: () => reopenCluster(room.doc, c.findingIds, actor, now(), decisionOf(c.findingIds)),
                }}
              />
            )
          })}
        </section>
        <section aria-labelledby="cmp-conclusion" className="cmp-col">
          <h2 id="cmp-conclusion">
            {t('consolidate.conclusion')} <span className="cmp-count">{state.findings.length}</span>
          </h2>
          {state.findings.length === 0 ? (
            <p className="cmp-hint">{t('consolidate.emptyConclusion')}</p>
          ) : null}
          {canEdit ? (
            <AuthorFindingForm
              units={draft.units}
              factorIds={(pack?.factors ?? []).map((f) => f.id)}
              factorName={factorName}
              onAdd={(input) =>
                createFinding(
                  room.doc,
                  buildAuthoredFinding(input, {
                    id: authoredId(),
                    author: actor,
                    now: now(),
                    articleId: articleOf.get(input.unit.id) ?? null,
                  }),
                )
              }
            />
          ) : null}
          {state.findings.map((f) => (
            <ConsolidatedFindingCard
              key={f.id}
              doc={room.doc}
              finding={f}
              canEdit={canEdit}
              groupName={groupName}
              factorName={factorName}
              sourceQuote={sourceQuote}
              onRisk={(risk) => updateFinding(room.doc, f.id, { risk }, actor, now())}
              onRespond={(status, reason) => recordResponse(room.doc, f.id, status, reason, actor, now())}
              unit={unitsById.get(f.unitId)}
              onAdjust={(start, end) => {
                const unit = unitsById.get(f.unitId)
                if (!unit) return
                adjustSpan(
                  room.doc,
                  f,
                  unit,
                  { start, end },
                  {
                    id: authoredId(),
                    author: actor,
                    now: now(),
                    articleId: articleOf.get(f.unitId) ?? null,
                  },
                )
              }}
            />
          ))}
        </section>
      </div>
    </div>
  )
}
