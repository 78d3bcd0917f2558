/** "Show archived" on the drafts and reviews lists: archived items are hidden unless it is ticked. */
import { useTranslation } from 'react-i18next'

/** The list query suffix for the toggle's state. */
export const archivedQuery = (show: boolean) => (show ? '?archived=1' : '')

/** The checkbox itself. */
export function ShowArchivedToggle({
  checked,
  onChange,
}: {
  checked: boolean
  onChange: (v: boolean) => void
}) {
  const { t } = useTranslation('common')
  return (
    <label className="show-archived">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid="show-archived"
      />
      {t('archive.showArchived')}
    </label>
  )
}

/** The badge an archived item carries in a list. */
export function ArchivedBadge({ archived }: { archived?: boolean }) {
  const { t } = useTranslation('common')
  return archived ? (
    <span className="badge" data-testid="archived-badge">
      {t('archive.archived')}
    </span>
  ) : null
}
