/** The connection state of a room, always visible; offline and refusals say what they mean. */
import { useTranslation } from 'react-i18next'
import type { RoomStatus } from '../../collab/useRoom'

/** The catalogue key explaining a refusal close code. */
export function refusalKey(code: number | undefined): string {
  if (code === 4401) return 'connection.refused4401'
  if (code === 4403) return 'connection.refused4403'
  if (code === 4404) return 'connection.refused4404'
  return 'connection.refused'
}

/** Status pill with a polite live region. */
export function ConnectionStatus({
  status,
  synced,
  closeCode,
}: {
  status: RoomStatus
  synced: boolean
  closeCode?: number
}) {
  const { t } = useTranslation('room')
  const text =
    status === 'refused'
      ? t(refusalKey(closeCode))
      : status === 'offline'
        ? t('connection.offline')
        : status === 'connected'
          ? synced
            ? t('connection.connected')
            : t('connection.syncing')
          : t('connection.connecting')
  return (
    <span
      className={`conn conn-${status}`}
      data-testid="connection-status"
      data-status={status}
      role="status"
      aria-live="polite"
    >
      <span className="conn-dot" aria-hidden="true" />
      {text}
    </span>
  )
}
