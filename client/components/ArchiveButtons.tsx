/**
 * "Archive" / "Unarchive" and "Delete" for a draft or a review, each behind a confirmation dialog.
 * Delete is enabled only once the item is archived (the server refuses otherwise), so nobody deletes
 * by accident.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteResource, setArchived } from '../api/resources'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { ErrorMessage } from './ErrorMessage'

type Pending = 'archive' | 'delete' | null

/** The archive and delete buttons of the resource at `path` (`/api/drafts/:id` or `/api/reviews/:id`). */
export function ArchiveButtons({
  path,
  kind,
  archived,
  onArchived,
  onDeleted,
}: {
  path: string
  kind: 'draft' | 'review'
  archived: boolean
  onArchived: (archived: boolean) => void
  onDeleted: () => void
}) {
  const { t } = useTranslation('common')
  const [pending, setPending] = useState<Pending>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const open = (p: Pending) => {
    setError(null)
    setPending(p)
  }
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      if (pending === 'delete') {
        await deleteResource(path)
        setPending(null)
        onDeleted()
      } else {
        await setArchived(path, !archived)
        setPending(null)
        onArchived(!archived)
      }
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const verb = archived ? 'unarchive' : 'archive'
  const title = pending === 'delete' ? t(`archive.deleteTitle.${kind}`) : t(`archive.${verb}Title.${kind}`)
  const body = pending === 'delete' ? t(`archive.deleteBody.${kind}`) : t(`archive.${verb}Body.${kind}`)
  return (
    <>
      <Button variant="ghost" onClick={() => open('archive')} data-testid="archive">
        {t(`archive.${verb}`)}
      </Button>
      <Button
        variant="ghost"
        onClick={() => open('delete')}
        disabled={!archived}
        title={archived ? undefined : t('archive.deleteHint')}
        data-testid="delete"
      >
        {t('archive.delete')}
      </Button>
      <Dialog open={pending !== null} title={title} onClose={() => setPending(null)}>
        <p>{body}</p>
        <ErrorMessage error={error} />
        <div className="row">
          <Button
            variant={pending === 'delete' ? 'danger' : 'primary'}
            busy={busy}
            onClick={() => void confirm()}
            data-testid="archive-confirm"
          >
            {pending === 'delete' ? t('archive.delete') : t(`archive.${verb}`)}
          </Button>
          <Button onClick={() => setPending(null)}>{t('cancel')}</Button>
        </div>
      </Dialog>
    </>
  )
}
