import { useTranslation } from 'react-i18next'
import type { ArticleHeat } from '../../../../shared/reports/views'

/** A 0..1 share as one of five colour steps (CSS classes), so colour is never the only cue. */
export function heatStep(groups: number, total: number): number {
  if (!groups || !total) return 0
  return Math.max(1, Math.min(4, Math.ceil((groups / total) * 4)))
}

/** The draft as a grid of articles coloured by how many groups found risk there; click to jump. */
export function HeatMap({
  rows,
  totalGroups,
  selected,
  onSelect,
}: {
  rows: ArticleHeat[]
  totalGroups: number
  selected: string | null
  onSelect: (articleId: string) => void
}) {
  const { t } = useTranslation('compare')
  return (
    <section className="cmp-card" aria-labelledby="cmp-heat">
      <h2 id="cmp-heat">{t('heat.title')}</h2>
      <p className="cmp-hint">{t('heat.explain')}</p>
      {rows.length === 0 ? <p>{t('heat.noArticles')}</p> : null}
      <ul className="cmp-heat" data-testid="heat-map">
        {rows.map((r) => (
          <li key={r.articleId}>
            <button
              type="button"
              className={`cmp-heat-cell cmp-heat-${heatStep(r.groupCount, totalGroups)}${selected === r.articleId ? ' is-selected' : ''}`}
              onClick={() => onSelect(r.articleId)}
              aria-pressed={selected === r.articleId}
              title={t('heat.cellTitle', { label: r.label, count: r.groupCount, total: totalGroups })}
            >
              <span className="cmp-heat-label">{r.label}</span>
              <span className="cmp-heat-count">
                {r.groupCount}/{totalGroups}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="cmp-legend" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((s) => (
          <span key={s} className={`cmp-heat-swatch cmp-heat-${s}`} />
        ))}
        <span>{t('heat.legend')}</span>
      </p>
    </section>
  )
}
