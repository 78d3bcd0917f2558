/**
 * A participant the facilitator moves to another group follows into the new group's room without a
 * reload. The move reaches this page as a refused socket or a changed review (the old group drops out
 * of what the participant may see); both re-read who I am, and when my group changed away from the
 * room I was working in, the page goes to the new group's room.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../app/router'
import type { Session } from '../../app/session'
import { useToast } from '../../components/Toast'
import type { RoomData } from './useRoomData'

/** My group in this review, if I am its participant. */
export function ownGroupIn(session: Session, reviewId: string): string | undefined {
  return session.participant?.reviewId === reviewId ? session.participant.groupId : undefined
}

/** Re-read the session on access changes and follow a move. */
export function useFollowMove(opts: {
  session: Session
  reviewId: string
  groupId: string
  data: RoomData | null
  refused: boolean
}): void {
  const { t } = useTranslation('room')
  const { notify } = useToast()
  const { session, reviewId, groupId, data, refused } = opts
  const isParticipant = session.user?.role === 'participant'
  const own = ownGroupIn(session, reviewId)
  const groupShown = data?.review.groups.some((g) => g.id === groupId) ?? true
  const { refresh } = session

  // A refusal or this group vanishing from my view may be a move: ask the server who I am now.
  useEffect(() => {
    if (isParticipant && (refused || !groupShown)) void refresh()
  }, [isParticipant, refused, groupShown, refresh])

  const wasOwn = useRef(false)
  useEffect(() => {
    if (own === groupId) {
      wasOwn.current = true
      return
    }
    if (!wasOwn.current || !own || !data) return
    const target = data.review.groups.find((g) => g.id === own)
    wasOwn.current = false
    notify(t('moved.followed', { name: target?.name ?? '' }), 'info')
    navigate(`/reviews/${encodeURIComponent(reviewId)}/groups/${encodeURIComponent(own)}`, { replace: true })
  }, [own, groupId, data, reviewId, notify, t])
}
