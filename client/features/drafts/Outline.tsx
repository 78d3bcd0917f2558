import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutlineEntry } from './draftView'
import './outline.css'

/** The draft's skeleton; a click (or Enter) scrolls the text to that unit. */
export const Outline = memo(function Outline({
  entries,
  onJump,
}: {
  entries: readonly OutlineEntry[]
  onJump: (index: number) => void
}) {
  const { t } = useTranslation('drafts')
  if (entries.length === 0) return <p className="muted">{t('outline.empty')}</p>
  return (
    <ol className="outline" data-testid="outline">
      {entries.map((e) => (
        <li
          key={e.id}
          className={`outline-item outline-${e.kind}`}
          style={{ paddingInlineStart: `${e.depth * 0.9}rem` }}
        >
          <button type="button" className="outline-link" onClick={() => onJump(e.index)} title={e.title}>
            {e.title || e.label}
          </button>
        </li>
      ))}
    </ol>
  )
})
