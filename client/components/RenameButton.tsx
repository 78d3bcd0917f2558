/** "Rename": a dialog with the current title; saves with PATCH and hands back the answer. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { renameResource } from '../api/resources'
import { Button } from './Button'
import { Dialog } from './Dialog'
import { ErrorMessage } from './ErrorMessage'
import { TextField } from './Field'
import { useSubmit } from './useSubmit'

/** A button that renames the resource at `path` (a draft or a review). */
export function RenameButton<T>({
  path,
  title,
  onRenamed,
}: {
  path: string
  title: string
  onRenamed: (updated: T) => void
}) {
  const { t } = useTranslation('common')
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState(title)
  const {
    busy,
    error,
    setError,
    onSubmit: submit,
  } = useSubmit(async () => {
    onRenamed(await renameResource<T>(path, value))
    setOpen(false)
  })
  return (
    <>
      <Button
        variant="ghost"
        onClick={() => {
          setValue(title)
          setError(null)
          setOpen(true)
        }}
        data-testid="rename"
      >
        {t('rename.action')}
      </Button>
      <Dialog open={open} title={t('rename.title')} onClose={() => setOpen(false)}>
        <form className="form" onSubmit={(e) => void submit(e)}>
          <TextField
            label={t('rename.label')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
            maxLength={300}
            name="title"
            data-testid="rename-input"
          />
          <ErrorMessage error={error} />
          <div className="row">
            <Button type="submit" variant="primary" busy={busy} data-testid="rename-save">
              {t('rename.save')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('cancel')}</Button>
          </div>
        </form>
      </Dialog>
    </>
  )
}
