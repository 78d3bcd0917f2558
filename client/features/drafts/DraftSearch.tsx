import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { MAX_HITS } from './draftView'

/** Search box with "n of m" and previous/next; Enter goes to the next hit, Shift+Enter back. */
export function DraftSearch({
  query,
  onQuery,
  total,
  current,
  onStep,
}: {
  query: string
  onQuery: (q: string) => void
  total: number
  current: number
  onStep: (delta: 1 | -1) => void
}) {
  const { t } = useTranslation('drafts')
  const countText =
    query.trim().length < 2
      ? ''
      : total === 0
        ? t('search.none')
        : t('search.position', { current: current + 1, total: total >= MAX_HITS ? `${MAX_HITS}+` : total })
  return (
    <div className="draft-search" role="search">
      <label className="visually-hidden" htmlFor="draft-search-input">
        {t('search.label')}
      </label>
      <input
        id="draft-search-input"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            onStep(e.shiftKey ? -1 : 1)
          }
        }}
        data-testid="draft-search"
      />
      <span className="search-count" aria-live="polite" data-testid="search-count" data-total={total}>
        {countText}
      </span>
      <Button variant="ghost" onClick={() => onStep(-1)} disabled={total === 0} aria-label={t('search.prev')}>
        ↑
      </Button>
      <Button variant="ghost" onClick={() => onStep(1)} disabled={total === 0} aria-label={t('search.next')}>
        ↓
      </Button>
    </div>
  )
}
