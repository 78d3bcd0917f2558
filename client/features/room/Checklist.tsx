/** The checklist of basic norms (articles, or points): every norm "no factor found" / "factor found" / "not reviewed", with progress. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type ChecklistMark, checklistMap, readChecklist } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'
import { basicNorms } from '../../../shared/domain/norms'
import { useYDerived } from '../../collab/useY'
import { ProgressBar } from '../../components/ProgressBar'
import { markArticle } from './actions'

const MARKS: ChecklistMark[] = ['unreviewed', 'none', 'found']

/** Progress of the checklist: articles marked either way, over all articles (pure). */
export function checklistProgress(
  articles: readonly Unit[],
  marks: ReadonlyMap<string, ChecklistMark>,
): { done: number; total: number } {
  let done = 0
  for (const a of articles) {
    const m = marks.get(a.id)
    if (m === 'none' || m === 'found') done++
  }
  return { done, total: articles.length }
}

/** Props of the checklist. */
export type ChecklistProps = {
  doc: Y.Doc
  units: readonly Unit[]
  readOnly: boolean
  onShow: (unitId: string) => void
}

/** The checklist panel. */
export function Checklist({ doc, units, readOnly, onShow }: ChecklistProps) {
  const { t } = useTranslation('room')
  // Articles, or the top-level points of an act without articles (a resolution, a Nizom).
  const articles = useMemo(() => basicNorms(units), [units])
  const marks = useYDerived(checklistMap(doc), () => readChecklist(doc))
  const { done, total } = checklistProgress(articles, marks)
  if (total === 0) return <p className="muted">{t('checklist.noArticles')}</p>
  return (
    <div className="checklist" data-testid="checklist">
      <ProgressBar value={total ? done / total : 0} label={t('checklist.progress', { done, total })} />
      <p className="muted">{t('checklist.progress', { done, total })}</p>
      <ul className="checklist-list">
        {articles.map((a) => {
          const mark = marks.get(a.id) ?? 'unreviewed'
          return (
            <li key={a.id} className={`checklist-item mark-${mark}`} data-unit-id={a.id}>
              <button type="button" className="btn btn-ghost checklist-label" onClick={() => onShow(a.id)}>
                {a.label || a.text.slice(0, 60)}
              </button>
              <select
                aria-label={t('checklist.markFor', { label: a.label })}
                value={mark}
                disabled={readOnly}
                data-testid="checklist-mark"
                onChange={(e) => markArticle(doc, a.id, e.target.value as ChecklistMark)}
              >
                {MARKS.map((m) => (
                  <option key={m} value={m}>
                    {t(`checklist.${m}`)}
                  </option>
                ))}
              </select>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
