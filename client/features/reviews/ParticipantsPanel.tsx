import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupView } from '../../../shared/domain/review'
import { Button } from '../../components/Button'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { useToast } from '../../components/Toast'
import { moveParticipant } from './api'
import type { Participant } from './types'

/** Participants by group, with "move to another group". */
export function ParticipantsPanel({
  reviewId,
  groups,
  participants,
  error,
  onReload,
}: {
  reviewId: string
  groups: GroupView[]
  participants: Participant[] | null
  error: unknown
  onReload: () => void
}) {
  const { t } = useTranslation('review')
  const { notify } = useToast()
  const [moving, setMoving] = useState<string | null>(null)
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? '—'
  const move = async (p: Participant, groupId: string) => {
    setMoving(p.id)
    try {
      await moveParticipant(reviewId, p.id, groupId)
      notify(t('participants.moved', { name: p.name, group: groupName(groupId) }), 'success')
      onReload()
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error')
    } finally {
      setMoving(null)
    }
  }
  return (
    <section className="card" aria-labelledby="participants-title">
      <div className="page-head">
        <h2 id="participants-title">{t('participants.title')}</h2>
        <Button variant="ghost" onClick={onReload}>
          {t('common:refresh')}
        </Button>
      </div>
      <ErrorMessage error={error} />
      {participants?.length === 0 ? <EmptyState title={t('participants.empty')} /> : null}
      {participants && participants.length > 0 ? (
        <table className="table" data-testid="participants">
          <thead>
            <tr>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.group')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`move-${p.id}`}>
                    {t('participants.moveLabel', { name: p.name })}
                  </label>
                  <select
                    id={`move-${p.id}`}
                    value={p.groupId ?? ''}
                    disabled={moving === p.id}
                    onChange={(e) => void move(p, e.target.value)}
                  >
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
