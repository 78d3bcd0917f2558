import { useTranslation } from 'react-i18next'
import { ApiError, type FieldIssue } from '../api/client'

const KNOWN_STATUSES = [0, 400, 401, 403, 404, 409, 413, 415, 422, 429] as const
/** Field problems shown at once; a broken pack can have hundreds, the rest are counted. */
export const MAX_FIELD_ISSUES = 50

/** The catalogue key that explains an error's HTTP status in the user's language (pure; tested). */
export function errorKey(error: unknown): string {
  if (error instanceof ApiError && (KNOWN_STATUSES as readonly number[]).includes(error.status)) {
    return `errors.status_${error.status}`
  }
  return 'errors.unknown'
}

/** The catalogue key for the error's stable code (`errors.code.<code>`), or null for odd codes. */
export function errorCodeKey(error: unknown): string | null {
  if (!(error instanceof ApiError) || !/^[a-z][a-z0-9_]*$/.test(error.code)) return null
  return `errors.code.${error.code}`
}

/** What the UI shows for an error: a headline key, an optional second line and field problems. */
export type ErrorView = { key: string; detail: string | null; fields: FieldIssue[] }

/**
 * Decide what to show (pure; tested). The code's own sentence wins over the status sentence; the
 * server's English message stays only as a second line when the code has no translation, and a
 * message the client wrote in the user's language is always kept.
 */
export function errorView(error: unknown, hasKey: (key: string) => boolean): ErrorView {
  const codeKey = errorCodeKey(error)
  const translated = codeKey !== null && hasKey(codeKey)
  if (!(error instanceof ApiError)) return { key: errorKey(error), detail: null, fields: [] }
  const fields = error.details ?? []
  // An `invalid_input` without a details list names the field in its message; keep that.
  const serverDetail =
    error.status !== 0 && fields.length === 0 && (!translated || error.code === 'invalid_input')
  return {
    key: translated ? codeKey : errorKey(error),
    detail: error.localized || serverDetail ? error.message : null,
    fields,
  }
}

/** The list of field problems: the path an editor can find, then what is wrong there. */
function FieldIssues({ fields }: { fields: FieldIssue[] }) {
  const { t, i18n } = useTranslation('common')
  // The server's English rule, unless the catalogue has a sentence for this kind of problem.
  const say = (f: FieldIssue) => {
    const key =
      f.kind === 'format'
        ? `errors.field.format.${f.params?.what ?? 'other'}`
        : f.kind
          ? `errors.field.${f.kind}`
          : ''
    return key && i18n.exists(key, { ns: 'common' }) ? t(key, f.params ?? {}) : f.message
  }
  const shown = fields.slice(0, MAX_FIELD_ISSUES)
  const more = fields.length - shown.length
  return (
    <>
      <span className="error-detail">{t('errors.fieldsIntro')}</span>
      <ul className="error-fields" data-testid="error-fields">
        {shown.map((f, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders; items may repeat.
          <li key={`${f.path}|${i}`} data-path={f.path}>
            <code className="error-path">{f.path || t('errors.rootPath')}</code>{' '}
            <span className="error-field-message">{say(f)}</span>
          </li>
        ))}
      </ul>
      {more > 0 ? <span className="error-detail">{t('errors.moreFields', { count: more })}</span> : null}
    </>
  )
}

/** A clear, localised error: the code's sentence, then field problems or the server's detail. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { t, i18n } = useTranslation('common')
  if (!error) return null
  const view = errorView(error, (key) => i18n.exists(key, { ns: 'common' }))
  return (
    <div className="error-message" role="alert" id={id} data-testid="error-message">
      <strong>{t(view.key)}</strong>
      {view.detail ? <span className="error-detail">{view.detail}</span> : null}
      {view.fields.length ? <FieldIssues fields={view.fields} /> : null}
    </div>
  )
}
