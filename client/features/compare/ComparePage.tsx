/**
 * `/reviews/:id/compare`: how the groups' findings compare — agreement in plain words, a heat map of
 * the draft, an article-by-article side-by-side, found by all/some/one, factors per group, and scores
 * against a reference answer. Refreshes every few seconds so it follows the live group rooms.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { factorsPerGroup, foundBy, heat, scoreAgainstReference } from '../../../shared/reports/views'
import { Link } from '../../app/router'
import { canFacilitate, useSession } from '../../app/session'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { putReference } from './api'
import {
  allFindings,
  articleFor,
  findingsByArticle,
  OUTSIDE_ARTICLES,
  referenceFindings,
} from './model/compareModel'
import { factorNamer } from './model/localized'
import { AgreementPanel } from './parts/AgreementPanel'
import { FactorChart } from './parts/FactorChart'
import { FactorNamesNotice } from './parts/FactorNamesNotice'
import { FoundByPanel } from './parts/FoundByPanel'
import { HeatMap } from './parts/HeatMap'
import { ReferencePanel } from './parts/ReferencePanel'
import { SideBySide } from './parts/SideBySide'
import { useCompareData } from './useCompareData'
import './compare.css'

/** The comparison page of one review. */
export function ComparePage({ reviewId }: { reviewId: string }) {
  const { t, i18n } = useTranslation('compare')
  const { user } = useSession()
  const { data, error, reload } = useCompareData(reviewId)
  const [selected, setSelected] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)

  const model = useMemo(() => {
    if (!data) return null
    const { review, draft, comparison, findingsByGroup, consolidated, pack } = data
    const groupIds = review.groups.map((g) => g.id)
    const names = new Map<string, string>(review.groups.map((g) => [g.id, g.name]))
    names.set('consolidated', t('consolidatedSet'))
    const findings = allFindings(groupIds, findingsByGroup)
    const factorIds = pack?.factors.map((f) => f.id) ?? [...new Set(findings.flatMap((f) => f.factorIds))]
    const byArticle = findingsByArticle(draft.units, findings)
    const rows = heat({ units: draft.units, groupIds, findings })
    const outside = findings.filter((f) => byArticle.has(`${OUTSIDE_ARTICLES}|${f.groupId}`))
    if (outside.length) {
      const outsideGroups = groupIds.filter((g) => byArticle.has(`${OUTSIDE_ARTICLES}|${g}`))
      rows.push({
        articleId: OUTSIDE_ARTICLES,
        label: t('side.outside'),
        groupIds: outsideGroups,
        groupCount: outsideGroups.length,
        findingCount: outside.length,
      })
    }
    const reference = referenceFindings(review.reference, findingsByGroup, consolidated)
    const referenceId = review.reference ?? undefined
    const others = referenceId ? groupIds.filter((g) => g !== referenceId) : groupIds
    return {
      groupIds,
      groupName: (id: string) => names.get(id) ?? '—', // never an internal id
      unitsById: new Map(draft.units.map((u) => [u.id, u])),
      articleOf: articleFor(draft.units),
      rows,
      found: foundBy({ units: draft.units, factorIds, groupIds, findings }),
      missedByAll: reference
        ? foundBy({
            units: draft.units,
            factorIds,
            groupIds: others,
            findings: findings.filter((f) => f.groupId !== referenceId),
            reference,
          }).missedByAll
        : null,
      counts: factorsPerGroup({ factorIds, groupIds, findings }),
      findingsIn: (a: string, g: string) => byArticle.get(`${a}|${g}`) ?? [],
      scores: reference ? scoreAgainstReference({ groupIds, findings, reference, referenceId }) : null,
      referenceOptions: [
        ...review.groups.map((g) => ({ id: g.id, name: g.name })),
        { id: 'consolidated', name: t('consolidatedSet') },
      ],
      clusterCount: comparison.clusters.length,
    }
  }, [data, t])

  const factorName = useMemo(
    () => factorNamer(data?.pack ?? null, i18n.language),
    [data?.pack, i18n.language],
  )

  if (!data || !model) {
    return (
      <div className="cmp-page">
        <h1>{t('title')}</h1>
        {error ? <ErrorMessage error={error} /> : <Loading />}
      </div>
    )
  }
  const { review } = data
  const chooseReference = async (reference: string | null) => {
    await putReference(review.id, reference)
    reload()
  }
  return (
    <div className="cmp-page" data-testid="compare-page">
      <header className="cmp-head">
        <div>
          <p className="cmp-kicker">{review.title}</p>
          <h1>{t('title')}</h1>
          <p className="cmp-hint">
            {t('summary', { groups: model.groupIds.length, clusters: model.clusterCount })}
          </p>
        </div>
        <nav className="cmp-nav" aria-label={t('nav.label')}>
          <Link to={`/reviews/${encodeURIComponent(review.id)}`}>{t('nav.review')}</Link>
          <Link to={`/reviews/${encodeURIComponent(review.id)}/consolidated`}>{t('nav.consolidated')}</Link>
          <Link to={`/reviews/${encodeURIComponent(review.id)}/export`}>{t('nav.export')}</Link>
        </nav>
      </header>
      <FactorNamesNotice pack={data.pack} />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="cmp-grid">
        <AgreementPanel comparison={data.comparison} groupName={model.groupName} />
        <HeatMap
          rows={model.rows}
          totalGroups={model.groupIds.length}
          selected={selected}
          onSelect={setSelected}
        />
      </div>
      <SideBySide
        rows={model.rows}
        groupIds={model.groupIds}
        groupName={model.groupName}
        factorName={factorName}
        findingsIn={model.findingsIn}
        selected={selected}
        showAll={showAll}
        onToggleAll={setShowAll}
      />
      <FoundByPanel
        cells={model.found.cells}
        unitsById={model.unitsById}
        groupName={model.groupName}
        factorName={factorName}
        onSelectUnit={(unitId) => setSelected(model.articleOf(unitId))}
      />
      <div className="cmp-grid">
        <FactorChart counts={model.counts} groupName={model.groupName} factorName={factorName} />
        <ReferencePanel
          key={review.reference ?? ''}
          reference={review.reference ?? null}
          options={model.referenceOptions}
          canChoose={canFacilitate(user)}
          onChoose={chooseReference}
          scores={model.scores}
          missedByAll={model.missedByAll}
          unitsById={model.unitsById}
          groupName={model.groupName}
          factorName={factorName}
        />
      </div>
    </div>
  )
}
