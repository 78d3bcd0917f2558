import type { ChangeEvent, FormEvent } from 'react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { importPack } from './api'
import { MAX_PACK_BYTES, type PackSummary, parsePackText } from './packs'

/**
 * Import a methodology pack: choose a `.json` file (its text lands in the box, so it can be checked
 * or edited) or paste JSON, then send it. Invalid packs come back with every field problem listed.
 */
export function PackImportForm({ onImported }: { onImported: (pack: PackSummary) => void }) {
  const { t } = useTranslation('admin')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [fileName, setFileName] = useState<string | null>(null)
  const errorId = useId()
  const hintId = useId()

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (!file) return
    setError(null)
    setFileName(file.name)
    if (file.size > MAX_PACK_BYTES) {
      setError(
        new ApiError(413, 'too_large', t('packs.fileTooLarge', { name: file.name }), { localized: true }),
      )
      return
    }
    try {
      setText(await file.text())
    } catch {
      setError(
        new ApiError(400, 'corrupt_file', t('packs.fileUnreadable', { name: file.name }), {
          localized: true,
        }),
      )
    }
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    const parsed = parsePackText(text, {
      empty: t('packs.emptyInput'),
      notJson: t('packs.notJson'),
      notObject: t('packs.notObject'),
      tooLarge: t('packs.textTooLarge'),
    })
    if (!parsed.ok) return setError(parsed.error)
    setBusy(true)
    setError(null)
    try {
      const pack = await importPack(parsed.value)
      setText('')
      setFileName(null)
      onImported(pack)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="pack-import-form" noValidate>
      <div className="field">
        <span className="field-label">{t('packs.file')}</span>
        {/* A styled label instead of the browser's own button, whose words follow the browser, not the UI. */}
        <div className="row">
          <label className="btn btn-secondary pack-file-button">
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={onFile}
              aria-describedby={hintId}
              data-testid="pack-file"
            />
            {t('packs.chooseFile')}
          </label>
          <span className="field-hint" data-testid="pack-file-name">
            {fileName ?? t('packs.noFileChosen')}
          </span>
        </div>
        <span className="field-hint" id={hintId}>
          {t('packs.fileHint')}
        </span>
      </div>
      <label className="field">
        <span className="field-label">{t('packs.json')}</span>
        <textarea
          name="pack"
          rows={12}
          spellCheck={false}
          className="pack-json"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          data-testid="pack-json"
        />
        <span className="field-hint">{t('packs.jsonHint')}</span>
      </label>
      <ErrorMessage error={error} id={errorId} />
      <Button type="submit" variant="primary" busy={busy} data-testid="pack-submit">
        {t('packs.import')}
      </Button>
    </form>
  )
}
