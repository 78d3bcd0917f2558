import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupView } from '../../../shared/domain/review'
import { Link } from '../../app/router'
import { Button } from '../../components/Button'
import { ProgressBar } from '../../components/ProgressBar'
import { formatNumber } from '../../i18n'
import { useGroupLive } from './useGroupLive'

/** One group on the console, live: members online, findings, checklist progress, lock. */
export function GroupCard({
  reviewId,
  group,
  articleIds,
  locked,
  canManage,
  onLock,
  onOnlineCount,
}: {
  reviewId: string
  group: GroupView
  articleIds: ReadonlySet<string> | null
  locked: boolean
  canManage: boolean
  onLock: (locked: boolean) => void
  onOnlineCount?: (groupId: string, n: number) => void
}) {
  const { t, i18n } = useTranslation('review')
  const live = useGroupLive(group.room, articleIds)
  const online = live.members.length
  useEffect(() => onOnlineCount?.(group.id, online), [onOnlineCount, group.id, online])
  const share = live.progress.total ? live.progress.reviewed / live.progress.total : 0
  return (
    <article
      className="card group-card"
      data-testid="group-card"
      data-group-id={group.id}
      aria-labelledby={`group-${group.id}`}
    >
      <header className="group-card-head">
        <h3 id={`group-${group.id}`}>{group.name}</h3>
        <span className={`status-dot status-${live.status}`} title={t(`live.status.${live.status}`)}>
          <span className="visually-hidden">{t(`live.status.${live.status}`)}</span>
        </span>
        {locked ? <span className="badge badge-warn">{t('locked')}</span> : null}
      </header>
      <dl className="group-stats">
        <div>
          <dt>{t('live.online')}</dt>
          <dd data-testid="online-count">{formatNumber(online, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('live.findings')}</dt>
          <dd data-testid="findings-count">{formatNumber(live.findings, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('live.checklist')}</dt>
          <dd data-testid="checklist-count">
            {t('live.checklistValue', {
              reviewed: formatNumber(live.progress.reviewed, i18n.language),
              total: formatNumber(live.progress.total, i18n.language),
            })}
          </dd>
        </div>
      </dl>
      <ProgressBar value={share} label={t('live.checklist')} />
      {online > 0 ? (
        <ul className="members" aria-label={t('live.online')}>
          {live.members.map((m) => (
            <li key={m.id}>
              <span
                className="member-dot"
                style={m.color ? { background: m.color } : undefined}
                aria-hidden="true"
              />
              {m.name}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('live.nobody')}</p>
      )}
      <div className="row">
        <Link
          className="btn btn-secondary"
          to={`/reviews/${encodeURIComponent(reviewId)}/groups/${encodeURIComponent(group.id)}`}
        >
          {t('openRoom')}
        </Link>
        {canManage ? (
          <Button
            variant="ghost"
            onClick={() => onLock(!locked)}
            aria-pressed={locked}
            data-testid="lock-group"
          >
            {locked ? t('unlock') : t('lock')}
          </Button>
        ) : null}
      </div>
    </article>
  )
}
