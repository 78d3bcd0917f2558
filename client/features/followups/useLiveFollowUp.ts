/**
 * A follow-up kept current for everyone who has it open: the page joins the review's consolidated room
 * (read-only on this device) and reloads the follow-up from the API whenever the server signals a
 * change there. The room's entries are never trusted as verdicts; only the API's answer is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { followUpSignals, signalSeq } from '../../../shared/collab/followUpSignal'
import { findingsMap } from '../../../shared/collab/layout'
import { readFindings } from '../../../shared/collab/roomDoc'
import type { Finding } from '../../../shared/domain/finding'
import type { FollowUp } from '../../../shared/domain/followUp'
import { CONSOLIDATED } from '../../../shared/domain/review'
import { type RoomHandle, useRoom } from '../../collab/useRoom'
import { useYDerived } from '../../collab/useY'
import { followUpApi } from './api'

export type LiveFollowUp = {
  followUp: FollowUp | null
  error: unknown
  room: RoomHandle
  /** The consolidated findings, live, for the drafting body's recorded response. */
  findings: Map<string, Finding>
  /** Replace the shown follow-up (after this device's own change). */
  set: (f: FollowUp) => void
}

export function useLiveFollowUp(
  reviewId: string,
  followUpId: string,
  roomName: string,
  lang: string,
): LiveFollowUp {
  const [followUp, setFollowUp] = useState<FollowUp | null>(null)
  const [error, setError] = useState<unknown>(null)
  const room = useRoom(roomName, { readOnly: true })
  const latest = useRef(0)

  const load = useCallback(() => {
    const ticket = ++latest.current
    followUpApi.get(reviewId, followUpId, lang).then(
      (f) => ticket === latest.current && setFollowUp(f),
      (e) => ticket === latest.current && setError(e),
    )
  }, [reviewId, followUpId, lang])

  useEffect(load, [load])

  // Reload when this follow-up's signal changes (another expert's verdict).
  useEffect(() => {
    const signals = followUpSignals(room.doc)
    let seen = signalSeq(signals.get(followUpId))
    const onChange = () => {
      const seq = signalSeq(signals.get(followUpId))
      if (seq !== seen) {
        seen = seq
        load()
      }
    }
    signals.observe(onChange)
    return () => signals.unobserve(onChange)
  }, [room.doc, followUpId, load])

  const findings = useYDerived(
    findingsMap(room.doc),
    () => new Map(readFindings(room.doc, CONSOLIDATED).map((f) => [f.id, f])),
  )
  return { followUp, error, room, findings, set: setFollowUp }
}
