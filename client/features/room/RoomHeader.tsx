/** The room's header: title and group, connection status, who is here, undo/redo, suggestions, reveal switcher. */
import { useTranslation } from 'react-i18next'
import type { GroupView } from '../../../shared/domain/review'
import { ConnectionStatus } from './ConnectionStatus'
import { PresenceBar } from './PresenceBar'
import { useRoomContext } from './RoomContext'

/** Undo and redo: the action, whether it can run now, and its keys. */
const HISTORY = [
  { action: 'undo', can: 'canUndo', keys: 'Ctrl+Z' },
  { action: 'redo', can: 'canRedo', keys: 'Ctrl+Shift+Z' },
] as const

/** The room header; `others`: the groups the reveal phase lets this person read (empty otherwise). */
export function RoomHeader({ others }: { others: GroupView[] }) {
  const { t } = useTranslation('room')
  const { review, group, room, peers, readOnly, undo, nav } = useRoomContext()
  return (
    <header className="room-header">
      <div className="room-title">
        <h1>{review.title}</h1>
        <span className="room-group">{t('groupName', { name: group.name })}</span>
      </div>
      <ConnectionStatus status={room.status} synced={room.synced} closeCode={room.closeCode} />
      <PresenceBar peers={peers} />
      <div className="room-tools" role="toolbar" aria-label={t('tools')}>
        {HISTORY.map(({ action, can, keys }) => (
          <button
            key={action}
            type="button"
            className="btn btn-ghost"
            onClick={undo[action]}
            disabled={readOnly || !undo[can]}
            data-testid={action}
            title={keys}
          >
            {t(action)}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={nav.showSuggestions}
          onClick={nav.toggleSuggestions}
          data-testid="toggle-suggestions"
        >
          {t('suggestions.toggle')}
        </button>
        {others.length ? (
          <label className="reveal-switch">
            <span>{t('reveal.compareWith')}</span>
            <select
              value={nav.otherGroupId}
              onChange={(e) => nav.setOtherGroupId(e.target.value)}
              data-testid="group-switcher"
            >
              <option value="">{t('reveal.none')}</option>
              {others.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
    </header>
  )
}
