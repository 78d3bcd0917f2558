import type { FormEvent } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftView } from '../../../shared/domain/draft'
import { DRAFT_LIMITS } from '../../../shared/domain/draft'
import { LANGUAGE_TAGS } from '../../../shared/domain/language'
import { ApiError } from '../../api/client'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field, TextField } from '../../components/Field'
import { LANGUAGE_NAMES } from '../../components/LanguageSwitcher'
import { ProgressBar } from '../../components/ProgressBar'
import { postDraftText, uploadDraftFile } from './api'
import { FileDrop, isAcceptedFile } from './FileDrop'
import './drafts.css'

/**
 * Paste or upload a draft text; used for a new draft (`POST /api/drafts`) and a new version
 * (`POST /api/drafts/:id/versions`). Oversized or unsupported files are refused before uploading.
 * A text that does not read as a legal act is refused by the server (422) unless "plain text" is ticked.
 */
export function DraftInputForm({
  endpoint,
  requireTitle,
  onCreated,
}: {
  endpoint: string
  requireTitle: boolean
  onCreated: (d: DraftView) => void
}) {
  const { t } = useTranslation('drafts')
  const [mode, setMode] = useState<'paste' | 'upload'>('paste')
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [language, setLanguage] = useState('')
  const [plainText, setPlainText] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  // The name of a file refused for its type, so "Upload" repeats why instead of "choose a file first".
  const [refused, setRefused] = useState<string | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)

  const badType = (name: string) =>
    new ApiError(415, 'unsupported_type', t('upload.badType', { name }), { localized: true })
  const pickFile = (f: File) => {
    setError(null)
    setRefused(null)
    if (!isAcceptedFile(f.name)) {
      setFile(null)
      setRefused(f.name)
      return setError(badType(f.name))
    }
    if (f.size > DRAFT_LIMITS.maxUploadBytes)
      return setError(
        new ApiError(413, 'too_large', t('upload.tooBig', { name: f.name }), { localized: true }),
      )
    setFile(f)
  }

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setBusy(true)
    try {
      let draft: DraftView
      if (mode === 'paste') {
        draft = await postDraftText(endpoint, {
          ...(title.trim() ? { title: title.trim() } : {}),
          text,
          ...(language ? { language } : {}),
          ...(plainText ? { plainText: true } : {}),
        })
      } else {
        if (!file && refused) throw badType(refused)
        if (!file) throw new ApiError(400, 'no_file', t('upload.noFile'), { localized: true })
        const form = new FormData()
        form.append('file', file)
        if (title.trim()) form.append('title', title.trim())
        if (language) form.append('language', language)
        if (plainText) form.append('plainText', 'true')
        setProgress(0)
        draft = await uploadDraftFile(endpoint, form, setProgress)
      }
      onCreated(draft)
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="draft-form">
      <div className="tabs" role="radiogroup" aria-label={t('input.mode')}>
        {(['paste', 'upload'] as const).map((m) => (
          <label key={m} className={mode === m ? 'tab tab-active' : 'tab'}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`input.${m}`)}
          </label>
        ))}
      </div>
      <TextField
        label={t('input.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required={requireTitle && mode === 'paste'}
        maxLength={DRAFT_LIMITS.maxTitleChars}
        name="title"
        hint={mode === 'upload' ? t('input.titleFromFile') : undefined}
      />
      {mode === 'paste' ? (
        <Field label={t('input.text')}>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={12}
            required
            name="text"
            spellCheck={false}
          />
        </Field>
      ) : (
        <FileDrop file={file} onFile={pickFile} />
      )}
      <Field label={t('input.language')} hint={t('input.languageHint')}>
        <select value={language} onChange={(e) => setLanguage(e.target.value)} name="language">
          <option value="">{t('input.autoDetect')}</option>
          {LANGUAGE_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {LANGUAGE_NAMES[tag]}
            </option>
          ))}
        </select>
      </Field>
      <label className="draft-plain-text">
        <input
          type="checkbox"
          name="plainText"
          checked={plainText}
          onChange={(e) => setPlainText(e.target.checked)}
          data-testid="draft-plain-text"
        />
        <span>
          {t('input.plainText')}
          <small className="muted">{t('input.plainTextHint')}</small>
        </span>
      </label>
      {progress !== null ? <ProgressBar value={progress} label={t('upload.progress')} /> : null}
      <ErrorMessage error={error} />
      <Button type="submit" variant="primary" busy={busy} data-testid="draft-submit">
        {t('input.submit')}
      </Button>
    </form>
  )
}
