import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import type { FoundCell, FoundLevel } from '../../../../shared/reports/views'

/** Places (unit × factor) found by all groups, by some, and by just one; click one to see it side by side. */
export function FoundByPanel({
  cells,
  unitsById,
  groupName,
  factorName,
  onSelectUnit,
}: {
  cells: FoundCell[]
  unitsById: Map<string, Unit>
  groupName: (id: string) => string
  factorName: (id: string) => string
  onSelectUnit: (unitId: string) => void
}) {
  const { t } = useTranslation('compare')
  const column = (level: FoundLevel) => {
    const list = cells.filter((c) => c.level === level)
    return (
      <div className="cmp-foundby-col" data-testid={`found-by-${level}`}>
        <h3>
          {t(`foundBy.${level}`)} <span className="cmp-count">{list.length}</span>
        </h3>
        {list.length === 0 ? <p className="cmp-hint">{t('foundBy.empty')}</p> : null}
        <ul className="cmp-plain-list">
          {list.map((c) => (
            <li key={`${c.unitId}|${c.factorId}`}>
              <button type="button" className="cmp-link" onClick={() => onSelectUnit(c.unitId)}>
                {unitsById.get(c.unitId)?.label ?? c.unitId}
              </button>
              <span className="cmp-tag">{factorName(c.factorId)}</span>
              <div className="cmp-meta">{c.groupIds.map(groupName).join(', ')}</div>
            </li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <section className="cmp-card" aria-labelledby="cmp-foundby">
      <h2 id="cmp-foundby">{t('foundBy.title')}</h2>
      <p className="cmp-hint">{t('foundBy.explain')}</p>
      <div className="cmp-foundby">
        {column('all')}
        {column('some')}
        {column('one')}
      </div>
    </section>
  )
}
