import { useTranslation } from 'react-i18next'
import type { RoomStatus } from '../../../collab/useRoom'

/** The live connection state in words (and colour), announced politely when it changes. */
export function RoomStatusBadge({
  status,
  synced,
  closeCode,
}: {
  status: RoomStatus
  synced: boolean
  closeCode?: number
}) {
  const { t } = useTranslation('compare')
  const key = status === 'connected' && !synced ? 'syncing' : status
  return (
    <p
      className={`cmp-status cmp-status-${key}`}
      role="status"
      aria-live="polite"
      data-testid="room-status"
      data-status={key}
    >
      {t(`room.${key}`)}
      {status === 'refused' && closeCode ? ` (${closeCode})` : ''}
    </p>
  )
}
