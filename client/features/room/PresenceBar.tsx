/** Who else is in the room, with their colours. */
import { useTranslation } from 'react-i18next'
import type { Peer } from '../../collab/presence'

/** The avatars of group mates currently connected. */
export function PresenceBar({ peers }: { peers: Peer[] }) {
  const { t } = useTranslation('room')
  const unique = new Map<string, Peer>()
  for (const p of peers) if (!unique.has(p.user.id)) unique.set(p.user.id, p)
  return (
    <ul className="presence" aria-label={t('presence.label', { count: unique.size })} data-testid="presence">
      {[...unique.values()].map((p) => (
        <li
          key={p.user.id}
          className="presence-person"
          title={p.user.name}
          style={{ borderColor: p.user.color }}
        >
          <span className="presence-initial" style={{ background: p.user.color }} aria-hidden="true">
            {p.user.name.slice(0, 1).toUpperCase()}
          </span>
          <span className="presence-name">{p.user.name}</span>
        </li>
      ))}
    </ul>
  )
}
