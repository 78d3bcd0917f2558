/** The group room page: loads the review, draft and pack, then hands over to the workspace. */
import { useTranslation } from 'react-i18next'
import { groupRoomName } from '../../../shared/collab/rooms'
import { useSession } from '../../app/session'
import { useRoom } from '../../collab/useRoom'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { RoomWorkspace } from './RoomWorkspace'
import { useRoomData } from './useRoomData'
import './room.css'

/** `/reviews/:id/groups/:groupId`: one group's live room. */
export function GroupRoomPage({ reviewId, groupId }: { reviewId: string; groupId: string }) {
  const { t } = useTranslation('room')
  const session = useSession()
  const { data, error, refreshReview } = useRoomData(reviewId)
  // Connect while the review and the (possibly multi-MB) draft are still loading, not after rendering it.
  const room = useRoom(groupRoomName(reviewId, groupId))
  if (error) return <ErrorMessage error={error} />
  if (!data || !session.user) return <Loading label={t('loadingRoom')} />
  const group = data.review.groups.find((g) => g.id === groupId)
  if (!group) return <EmptyState title={t('groupNotFound')} />
  return (
    <RoomWorkspace
      key={group.room}
      review={data.review}
      draft={data.draft}
      pack={data.pack}
      group={group}
      user={session.user}
      ownGroupId={session.participant?.groupId}
      refreshReview={refreshReview}
      room={room}
    />
  )
}
