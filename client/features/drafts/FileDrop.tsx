import type { DragEvent, KeyboardEvent } from 'react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** File types the importer reads (contract: Drafts). */
export const ACCEPTED_EXTENSIONS = ['.docx', '.txt', '.md', '.html', '.pdf'] as const

/** Whether a file name has one of the accepted extensions (case-insensitive). */
export function isAcceptedFile(name: string): boolean {
  const lower = name.toLowerCase()
  return (
    ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext)) ||
    lower.endsWith('.htm') ||
    lower.endsWith('.markdown')
  )
}

/** A drop zone that is also a keyboard-reachable button opening the file picker. */
export function FileDrop({ file, onFile }: { file: File | null; onFile: (f: File) => void }) {
  const { t } = useTranslation('drafts')
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const f = e.dataTransfer.files?.[0]
    if (f) onFile(f)
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      input.current?.click()
    }
  }
  return (
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      role="button"
      tabIndex={0}
      aria-describedby="dropzone-hint"
      onClick={() => input.current?.click()}
      onKeyDown={onKey}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={ACCEPTED_EXTENSIONS.join(',')}
        tabIndex={-1}
        aria-label={t('upload.pick')}
        onChange={(e) => {
          const f = e.target.files?.[0]
          if (f) onFile(f)
          e.target.value = ''
        }}
        data-testid="file-input"
      />
      <strong>{file ? file.name : t('upload.drop')}</strong>
      <span id="dropzone-hint" className="muted">
        {t('upload.types', { types: ACCEPTED_EXTENSIONS.join(' ') })}
      </span>
    </div>
  )
}
