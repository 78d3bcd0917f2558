/** The follow-up's entries of the consolidated room's audit trail, newest first (decoded entries only). */
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { auditArray } from '../../../shared/collab/layout'
import { readAudit } from '../../../shared/collab/roomDoc'
import { VERDICTS } from '../../../shared/domain/followUp'
import { useYDerived } from '../../collab/useY'
import { formatDateTime } from '../../i18n'

const SHOWN = 30

export function FollowUpHistory({ doc, findingIds }: { doc: Y.Doc; findingIds: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation('followUp')
  const entries = useYDerived(
    auditArray(doc),
    () =>
      readAudit(doc)
        .filter((e) => e.action === 'follow_up' || (e.action === 'verdict' && findingIds.has(e.findingId)))
        .reverse()
        .slice(0, SHOWN),
    [findingIds],
  )
  // "5-modda 1-qism: pending → fixed" with the verdicts in the reader's language.
  const detail = (text: string) =>
    text.replace(new RegExp(`\\b(${VERDICTS.join('|')})\\b`, 'g'), (v) => t(`verdict.${v}`))
  return (
    <section aria-labelledby="fu-history">
      <h2 id="fu-history">{t('page.history')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('page.historyEmpty')}</p>
      ) : (
        <ol data-testid="follow-up-history">
          {entries.map((e) => (
            <li key={`${e.at}|${e.by.id}|${e.findingId}|${e.detail}`}>
              <span className="muted">{formatDateTime(e.at, i18n.language)}</span> {e.by.name}:{' '}
              {e.action === 'follow_up' ? t('page.started') : detail(e.detail)}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
