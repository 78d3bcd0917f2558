import { useEffect, useState } from 'react'
import { Redirect } from '../../app/router'
import { useSession } from '../../app/session'
import { Loading } from '../../components/Spinner'
import { isSetupNeeded } from '../auth/api'
import { ReviewsPage } from '../reviews/ReviewsPage'

/** `/`: the review list for staff, a participant's own room, or set-up / sign-in for visitors. */
export function HomePage() {
  const { status, user, participant } = useSession()
  const [setupNeeded, setSetupNeeded] = useState<boolean | null>(null)
  useEffect(() => {
    if (status !== 'ready' || user) return
    isSetupNeeded()
      .then((needed) => setSetupNeeded(needed))
      .catch(() => setSetupNeeded(false))
  }, [status, user])
  if (status === 'loading') return <Loading />
  if (!user) {
    if (setupNeeded === null) return <Loading />
    return <Redirect to={setupNeeded ? '/setup' : '/login'} />
  }
  if (user.role === 'participant') {
    if (participant) {
      return (
        <Redirect
          to={`/reviews/${encodeURIComponent(participant.reviewId)}/groups/${encodeURIComponent(participant.groupId)}`}
        />
      )
    }
    return <Redirect to="/join" />
  }
  return <ReviewsPage />
}
