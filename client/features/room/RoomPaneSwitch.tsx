/**
 * On a phone the draft and the panel cannot sit side by side: this switch shows one of them at a
 * time (hidden by CSS on wide screens, where both are always shown).
 */
import { useTranslation } from 'react-i18next'

/** Which half of the room a narrow screen shows. */
export type RoomPane = 'draft' | 'panel'

/** Props of the switch. */
export type RoomPaneSwitchProps = {
  pane: RoomPane
  onPane: (pane: RoomPane) => void
  findingCount: number
}

/** Two tabs, "Draft" and "Findings and checklist". */
export function RoomPaneSwitch({ pane, onPane, findingCount }: RoomPaneSwitchProps) {
  const { t } = useTranslation('room')
  const item = (p: RoomPane, label: string, extra?: React.ReactNode) => (
    <button
      type="button"
      role="tab"
      className="btn btn-ghost"
      aria-selected={pane === p}
      data-testid={`pane-${p}`}
      onClick={() => onPane(p)}
    >
      {label}
      {extra}
    </button>
  )
  return (
    <div className="room-pane-switch" role="tablist" aria-label={t('pane.label')}>
      {item('draft', t('pane.draft'))}
      {item('panel', t('pane.panel'), <span className="tab-count">{findingCount}</span>)}
    </div>
  )
}
