/**
 * The conclusion's checklist: a norm counts as checked when any group checked it; an expert may
 * adjust a mark here (it is written to the consolidated room and wins over the groups, live for
 * everyone). The counts shown are the ones the exported conclusion prints.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { checklistMap, readChecklist, setChecklist } from '../../../../shared/collab/roomDoc'
import type { Unit } from '../../../../shared/domain/draft'
import { basicNorms } from '../../../../shared/domain/norms'
import type { ChecklistMark } from '../../../../shared/domain/roomEntries'
import { mergeChecklists } from '../../../../shared/reports/checklist'
import { useYDerived } from '../../../collab/useY'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { getReviewChecklists, type ReviewChecklists } from '../api'

const MARKS: ChecklistMark[] = ['unreviewed', 'none', 'found']

/** Props: the consolidated room's doc, the draft's units, the review and whether the viewer may edit. */
export type ConsolidatedChecklistProps = {
  reviewId: string
  doc: Y.Doc
  units: readonly Unit[]
  canEdit: boolean
  groupName: (id: string) => string
}

/** The merged checklist with per-norm group marks and an expert's adjustment. */
export function ConsolidatedChecklist({
  reviewId,
  doc,
  units,
  canEdit,
  groupName,
}: ConsolidatedChecklistProps) {
  const { t } = useTranslation('compare')
  const { t: tr } = useTranslation('room')
  const [groups, setGroups] = useState<ReviewChecklists['groups'] | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    getReviewChecklists(reviewId).then((c) => setGroups(c.groups), setError)
  }, [reviewId])
  const own = useYDerived(checklistMap(doc), () => Object.fromEntries(readChecklist(doc)))
  const norms = useMemo(() => basicNorms(units), [units])
  if (error) return <ErrorMessage error={error} />
  if (!groups || norms.length === 0) return null
  const merged = mergeChecklists(Object.values(groups), own)
  const checked = norms.filter((n) => merged[n.id] === 'none' || merged[n.id] === 'found').length
  return (
    <section className="cmp-card" aria-labelledby="cmp-checklist" data-testid="consolidated-checklist">
      <h2 id="cmp-checklist">{t('consolidate.checklist.title')}</h2>
      <p className="cmp-hint" data-testid="consolidated-checklist-count">
        {t('consolidate.checklist.count', { checked, total: norms.length })}
      </p>
      <p className="cmp-hint">{t('consolidate.checklist.explain')}</p>
      <ul className="checklist-list">
        {norms.map((n) => {
          const byGroups = Object.entries(groups)
            .filter(([, marks]) => marks[n.id] === 'none' || marks[n.id] === 'found')
            .map(([id]) => groupName(id))
          return (
            <li
              key={n.id}
              className={`checklist-item mark-${merged[n.id] ?? 'unreviewed'}`}
              data-unit-id={n.id}
            >
              <span className="checklist-label">{n.label || n.text.slice(0, 60)}</span>
              <span className="cmp-hint">
                {byGroups.length
                  ? t('consolidate.checklist.byGroups', { groups: byGroups.join(', ') })
                  : t('consolidate.checklist.byNoGroup')}
                {n.id in own ? ` · ${t('consolidate.checklist.adjusted')}` : ''}
              </span>
              <select
                aria-label={tr('checklist.markFor', { label: n.label })}
                value={merged[n.id] ?? 'unreviewed'}
                disabled={!canEdit}
                data-testid="consolidated-checklist-mark"
                onChange={(e) => setChecklist(doc, n.id, e.target.value as ChecklistMark)}
              >
                {MARKS.map((m) => (
                  <option key={m} value={m}>
                    {tr(`checklist.${m}`)}
                  </option>
                ))}
              </select>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
