/**
 * The group room once its data is loaded: builds the room's context from small hooks and lays out its
 * parts — header, banners, the draft with its decoration layers, the side panel, the other group's pane.
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { refusalKey } from './ConnectionStatus'
import { DuplicateMarkDialog } from './DuplicateMarkDialog'
import { OtherGroupPane } from './OtherGroupPane'
import { RoomContext, type RoomContextValue, useRoomContext } from './RoomContext'
import { RoomDraft } from './RoomDraft'
import { RoomHeader } from './RoomHeader'
import { RoomPanel } from './RoomPanel'
import { RoomPaneSwitch } from './RoomPaneSwitch'
import { useMakeFinding } from './useMakeFinding'
import { useRoomNavigation } from './useRoomNavigation'
import { type RoomInputs, useRoomState } from './useRoomState'
import { useRoomStep } from './useRoomStep'
import { useRoomSuggestions } from './useRoomSuggestions'

/** Props of the loaded room. */
export type RoomWorkspaceProps = RoomInputs

/** The group room. */
export function RoomWorkspace(props: RoomWorkspaceProps) {
  const state = useRoomState(props)
  const nav = useRoomNavigation(state)
  const suggestions = useRoomSuggestions(state, nav)
  const step = useRoomStep(state, nav, suggestions)
  const { showFinding, setPickerOpen } = nav
  const marking = useMakeFinding({
    editor: nav.editor,
    doc: state.doc,
    index: state.index,
    findings: state.findings,
    selection: nav.selection,
    readOnly: state.readOnly,
    groupId: state.group.id,
    me: state.me,
    onCreated: useCallback(
      (id: string) => {
        setPickerOpen(true)
        showFinding(id, false)
      },
      [showFinding, setPickerOpen],
    ),
    onOpen: useCallback((id: string) => showFinding(id), [showFinding]),
  })
  const value: RoomContextValue = { ...state, nav, suggestions, step, makeFinding: marking.makeFinding }
  const { review, group, readOnly, reason } = state
  const others = review.phase !== 'annotate' ? review.groups.filter((g) => g.id !== group.id) : []
  const otherGroup = others.find((g) => g.id === nav.otherGroupId)

  return (
    <RoomContext.Provider value={value}>
      <div
        className={`room${otherGroup ? ' has-other' : ''} pane-${nav.pane}`}
        data-testid="group-room"
        data-read-only={readOnly ? reason : undefined}
      >
        <RoomHeader others={others} />
        <RoomBanners />
        <RoomPaneSwitch pane={nav.pane} onPane={nav.setPane} findingCount={state.findings.length} />
        <div className="room-body">
          <RoomDraft />
          <RoomPanel />
          <DuplicateMarkDialog
            duplicate={marking.duplicate}
            onOpen={marking.openExisting}
            onMarkAgain={marking.markAgain}
            onCancel={marking.cancel}
          />
          {otherGroup ? (
            <OtherGroupPane key={otherGroup.id} group={otherGroup} onClose={() => nav.setOtherGroupId('')} />
          ) : null}
        </div>
      </div>
    </RoomContext.Provider>
  )
}

/** Why editing is off, and that the room is offline. */
function RoomBanners() {
  const { t } = useTranslation('room')
  const { reason, room } = useRoomContext()
  return (
    <>
      {reason ? (
        <p className="read-only-banner" role="status" data-testid="read-only-banner" data-reason={reason}>
          {reason === 'refused' ? t(refusalKey(room.closeCode)) : t(`readOnly.${reason}`)}
        </p>
      ) : null}
      {room.status === 'offline' ? (
        <p className="offline-banner" role="status">
          {t('connection.offlineLong')}
        </p>
      ) : null}
    </>
  )
}
