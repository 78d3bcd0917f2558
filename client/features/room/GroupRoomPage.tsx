/** The group room page: loads the review, draft and pack, then hands over to the workspace. */
import { useTranslation } from 'react-i18next'
import { groupRoomName } from '../../../shared/collab/rooms'
import { Link } from '../../app/router'
import { useSession } from '../../app/session'
import { useRoom } from '../../collab/useRoom'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { RoomWorkspace } from './RoomWorkspace'
import { ownGroupIn, useFollowMove } from './useFollowMove'
import { useRoomData } from './useRoomData'
import './room.css'

/** `/reviews/:id/groups/:groupId`: one group's live room. */
export function GroupRoomPage({ reviewId, groupId }: { reviewId: string; groupId: string }) {
  const { t } = useTranslation('room')
  const session = useSession()
  const { data, error, refreshReview } = useRoomData(reviewId)
  // Connect while the review and the (possibly multi-MB) draft are still loading, not after rendering it.
  const room = useRoom(groupRoomName(reviewId, groupId))
  useFollowMove({ session, reviewId, groupId, data, refused: room.status === 'refused' })
  if (error) return <ErrorMessage error={error} />
  if (!data || !session.user) return <Loading label={t('loadingRoom')} />
  const group = data.review.groups.find((g) => g.id === groupId)
  const own = ownGroupIn(session, reviewId)
  if (!group && own && own !== groupId) {
    // Before the reveal a participant sees only their own group: say so, and offer the way back.
    return (
      <EmptyState
        title={t('otherGroup.title')}
        action={
          <Link
            className="btn btn-primary"
            to={`/reviews/${encodeURIComponent(reviewId)}/groups/${encodeURIComponent(own)}`}
            data-testid="back-to-own-group"
          >
            {t('otherGroup.back', { name: data.review.groups.find((g) => g.id === own)?.name ?? '' })}
          </Link>
        }
      >
        <p data-testid="other-group-room">{t('otherGroup.body')}</p>
      </EmptyState>
    )
  }
  if (!group) return <EmptyState title={t('groupNotFound')} />
  return (
    <RoomWorkspace
      key={group.room}
      review={data.review}
      draft={data.draft}
      pack={data.pack}
      group={group}
      user={session.user}
      ownGroupId={own}
      refreshReview={refreshReview}
      room={room}
    />
  )
}
