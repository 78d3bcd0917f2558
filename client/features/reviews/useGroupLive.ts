import { useEffect, useState } from 'react'
import { checklistMap, findingsMap } from '../../../shared/collab/roomDoc'
import { useRoom } from '../../collab/useRoom'
import { useYDerived } from '../../collab/useY'
import {
  type ChecklistProgress,
  checklistProgress,
  countFindings,
  type Member,
  membersFromAwareness,
} from './liveStats'

/** Live view of one group for the console: connection, members online, findings, checklist. */
export type GroupLive = {
  status: string
  synced: boolean
  members: Member[]
  findings: number
  progress: ChecklistProgress
}

/** Watch a group's room read-only, as a spectator that does not show up among its members. */
export function useGroupLive(room: string, articleIds: ReadonlySet<string> | null): GroupLive {
  const { doc, provider, status, synced } = useRoom(room, { readOnly: true })
  const [members, setMembers] = useState<Member[]>([])
  useEffect(() => {
    if (!provider) return
    const awareness = provider.awareness
    awareness.setLocalState(null)
    const read = () => setMembers(membersFromAwareness(awareness.getStates().entries()))
    awareness.on('change', read)
    read()
    return () => awareness.off('change', read)
  }, [provider])
  const findings = useYDerived(findingsMap(doc), () => countFindings(doc), [doc])
  const progress = useYDerived(checklistMap(doc), () => checklistProgress(doc, articleIds), [doc, articleIds])
  return { status, synced, members, findings, progress }
}
