/** The room's header: title and group, connection status, who is here, undo/redo, suggestions, reveal switcher. */
import { useTranslation } from 'react-i18next'
import type { GroupView } from '../../../shared/domain/review'
import type { Peer } from '../../collab/presence'
import type { RoomHandle } from '../../collab/useRoom'
import { ConnectionStatus } from './ConnectionStatus'
import { PresenceBar } from './PresenceBar'

/** Props of the header (state lives in the workspace). */
export type RoomHeaderProps = {
  title: string
  groupName: string
  room: Pick<RoomHandle, 'status' | 'synced' | 'closeCode'>
  peers: Peer[]
  readOnly: boolean
  undo: { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean }
  showSuggestions: boolean
  onToggleSuggestions: () => void
  /** other groups the reveal phase lets this person read (empty otherwise) */
  others: GroupView[]
  otherGroupId: string
  onOtherGroup: (groupId: string) => void
}

/** The room header. */
export function RoomHeader(p: RoomHeaderProps) {
  const { t } = useTranslation('room')
  return (
    <header className="room-header">
      <div className="room-title">
        <h1>{p.title}</h1>
        <span className="room-group">{t('groupName', { name: p.groupName })}</span>
      </div>
      <ConnectionStatus status={p.room.status} synced={p.room.synced} closeCode={p.room.closeCode} />
      <PresenceBar peers={p.peers} />
      <div className="room-tools" role="toolbar" aria-label={t('tools')}>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={p.undo.undo}
          disabled={p.readOnly || !p.undo.canUndo}
          data-testid="undo"
          title="Ctrl+Z"
        >
          {t('undo')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          onClick={p.undo.redo}
          disabled={p.readOnly || !p.undo.canRedo}
          data-testid="redo"
          title="Ctrl+Shift+Z"
        >
          {t('redo')}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          aria-pressed={p.showSuggestions}
          onClick={p.onToggleSuggestions}
          data-testid="toggle-suggestions"
        >
          {t('suggestions.toggle')}
        </button>
        {p.others.length ? (
          <label className="reveal-switch">
            <span>{t('reveal.compareWith')}</span>
            <select
              value={p.otherGroupId}
              onChange={(e) => p.onOtherGroup(e.target.value)}
              data-testid="group-switcher"
            >
              <option value="">{t('reveal.none')}</option>
              {p.others.map((g) => (
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
