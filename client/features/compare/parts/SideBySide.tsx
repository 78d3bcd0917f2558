import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/domain/finding'
import type { ArticleHeat } from '../../../../shared/reports/views'
import { FindingSummary } from './FindingSummary'

/**
 * Article by article, one column per group, each cell listing that group's findings in the article with
 * their rationale and proposal (what an expert weighs when comparing).
 */
export function SideBySide({
  rows,
  groupIds,
  groupName,
  factorName,
  findingsIn,
  selected,
  showAll,
  onToggleAll,
}: {
  rows: ArticleHeat[]
  groupIds: string[]
  groupName: (id: string) => string
  factorName: (id: string) => string
  findingsIn: (articleId: string, groupId: string) => Finding[]
  selected: string | null
  showAll: boolean
  onToggleAll: (v: boolean) => void
}) {
  const { t } = useTranslation('compare')
  const selectedRef = useRef<HTMLTableRowElement>(null)
  // Bring the article chosen on the heat map into view (and focus, for keyboard users).
  useEffect(() => {
    if (selected && selectedRef.current) {
      selectedRef.current.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
      selectedRef.current.focus({ preventScroll: true })
    }
  }, [selected])
  const visible = rows.filter((r) => showAll || r.findingCount > 0 || r.articleId === selected)
  return (
    <section className="cmp-card" aria-labelledby="cmp-side">
      <div className="cmp-card-head">
        <h2 id="cmp-side">{t('side.title')}</h2>
        <label className="cmp-check">
          <input type="checkbox" checked={showAll} onChange={(e) => onToggleAll(e.target.checked)} />
          {t('side.showAll')}
        </label>
      </div>
      {visible.length === 0 ? <p>{t('side.empty')}</p> : null}
      <div className="cmp-table-wrap">
        <table className="cmp-table cmp-side" data-testid="side-by-side">
          <thead>
            <tr>
              <th scope="col">{t('side.article')}</th>
              {groupIds.map((g) => (
                <th key={g} scope="col">
                  {groupName(g)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr
                key={r.articleId}
                id={`cmp-art-${r.articleId}`}
                ref={r.articleId === selected ? selectedRef : undefined}
                tabIndex={r.articleId === selected ? -1 : undefined}
                className={r.articleId === selected ? 'is-selected' : undefined}
              >
                <th scope="row">{r.label}</th>
                {groupIds.map((g) => {
                  const list = findingsIn(r.articleId, g)
                  return (
                    <td key={g}>
                      {list.length === 0 ? <span className="cmp-none">{t('side.nothing')}</span> : null}
                      {list.map((f) => (
                        <FindingSummary
                          key={f.id}
                          finding={f}
                          factorName={factorName}
                          detailed
                          showUnit={f.unitId !== r.articleId}
                        />
                      ))}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
