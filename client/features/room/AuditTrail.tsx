/** The room's audit trail (who did what when), for the room or one finding; newest first. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { type AuditEntry, auditArray, readAudit } from '../../../shared/collab/roomDoc'
import { useYDerived } from '../../collab/useY'
import { auditDetailText } from './auditText'
import { formatTime } from './time'

const PAGE = 100

/** Entries of one finding (or all when `findingId` is undefined), newest first (pure). */
export function auditEntries(all: readonly AuditEntry[], findingId?: string): AuditEntry[] {
  const list = findingId ? all.filter((e) => e.findingId === findingId) : [...all]
  return list.reverse()
}

/** The audit list. */
export function AuditTrail({
  doc,
  findingId,
  lang,
  factorName = () => '—',
}: {
  doc: Y.Doc
  findingId?: string
  lang: string
  /** Factor names in the UI language (the detail of a factor change names factors, never ids). */
  factorName?: (id: string) => string
}) {
  const { t } = useTranslation('room')
  const [limit, setLimit] = useState(PAGE)
  const entries = useYDerived(auditArray(doc), () => auditEntries(readAudit(doc), findingId), [findingId])
  if (entries.length === 0) return <p className="muted">{t('audit.empty')}</p>
  return (
    <div className="audit" data-testid="audit-trail">
      <ol className="audit-list">
        {entries.slice(0, limit).map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are append-only and have no id
          <li key={`${e.at}-${i}`} className="audit-entry">
            <time dateTime={e.at}>{formatTime(e.at, lang)}</time> <strong>{e.by.name}</strong>{' '}
            <span className="audit-action">{t(`audit.action.${e.action}`)}</span>{' '}
            <span className="audit-detail">{auditDetailText(e, t, factorName)}</span>
          </li>
        ))}
      </ol>
      {entries.length > limit ? (
        <button type="button" className="btn btn-ghost" onClick={() => setLimit((l) => l + PAGE)}>
          {t('audit.more', { count: entries.length - limit })}
        </button>
      ) : null}
    </div>
  )
}
