/**
 * The data side of a loaded group room: its doc and provider, the draft index, the findings store of
 * the room's group, who I am, whether I may write (and why not), presence and undo. The access
 * signals that re-read the review live here too.
 */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { Actor } from '../../../shared/collab/roomDoc'
import type { DraftView as Draft } from '../../../shared/domain/draft'
import type { GroupView, PublicUser } from '../../../shared/domain/review'
import { onAccessChanged } from '../../collab/accessSignal'
import type { FindingSummary, FindingsStore } from '../../collab/findingsStore'
import { type Peer, publishUser, usePeers } from '../../collab/presence'
import { useFindingList, useFindingsStore } from '../../collab/useFindings'
import type { RoomHandle } from '../../collab/useRoom'
import { buildDraftIndex, type DraftIndex } from '../../editor/draftIndex'
import { type ReadOnlyReason, readOnlyReason } from './access'
import { personColor } from './colors'
import { uiTag } from './packText'
import type { Pack, RoomReview } from './types'
import { useUndo } from './useUndo'

/** What the room page hands the workspace once the review, draft and pack are loaded. */
export type RoomInputs = {
  review: RoomReview
  draft: Draft
  pack: Pack | null
  group: GroupView
  user: PublicUser
  ownGroupId: string | undefined
  refreshReview: () => void
  room: RoomHandle
}

/** Me as the room shows me: my actor and my presence colour. */
export type RoomMe = Actor & { color: string }

/** The loaded room's data, shared by its header, draft and panel. */
export type RoomState = {
  review: RoomReview
  draft: Draft
  pack: Pack | null
  group: GroupView
  /** the UI language as a contract tag */
  lang: string
  room: RoomHandle
  doc: Y.Doc
  provider: WebsocketProvider | null
  index: DraftIndex
  me: RoomMe
  /** why editing is off, or null */
  reason: ReadOnlyReason | null
  readOnly: boolean
  /** the findings of this room's group (an entry claiming another group is still this group's) */
  store: FindingsStore
  findings: FindingSummary[]
  peers: Peer[]
  undo: ReturnType<typeof useUndo>
}

/** Build the room's data and keep the review fresh on access changes. */
export function useRoomState(inputs: RoomInputs): RoomState {
  const { review, draft, pack, group, user, ownGroupId, refreshReview, room } = inputs
  const { i18n } = useTranslation('room')
  const { doc, provider } = room
  const index = useMemo(() => buildDraftIndex(draft.units), [draft.units])
  const store = useFindingsStore(doc, group.id)
  const findings = useFindingList(store)
  const peers = usePeers(provider)
  const me = useMemo(
    () => ({ id: user.id, name: user.name, color: personColor(user.id) }),
    [user.id, user.name],
  )
  const reason =
    room.status === 'refused'
      ? 'refused'
      : readOnlyReason({
          role: user.role,
          ownGroupId,
          groupId: group.id,
          phase: review.phase,
          locked: review.locked ?? [],
        })
  const readOnly = reason !== null
  const undo = useUndo(doc, !readOnly)

  useEffect(() => {
    if (provider) publishUser(provider, me)
  }, [provider, me])
  // Phase or lock changes often come with a reconnect or a refusal: re-read the review then.
  useEffect(() => {
    if (room.status !== 'connecting') refreshReview()
  }, [room.status, refreshReview])
  // The server says so on the socket when the phase, a lock or membership changes: re-read at once.
  useEffect(
    () => (provider ? onAccessChanged(provider, refreshReview) : undefined),
    [provider, refreshReview],
  )

  return {
    review,
    draft,
    pack,
    group,
    lang: uiTag(i18n.language),
    room,
    doc,
    provider,
    index,
    me,
    reason,
    readOnly,
    store,
    findings,
    peers,
    undo,
  }
}
