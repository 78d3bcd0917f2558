/** The bar above the draft: what is selected and the "mark as finding" action (also F / Ctrl+Enter). */
import { useTranslation } from 'react-i18next'
import { useRoomContext } from './RoomContext'

/** Selection summary and the new-finding button. */
export function SelectionBar() {
  const { t } = useTranslation('room')
  const { nav, index, readOnly, makeFinding } = useRoomContext()
  const { selection } = nav
  if (readOnly) return <div className="selection-bar is-idle">{t('selection.readOnlyHint')}</div>
  if (!selection) return <div className="selection-bar is-idle">{t('selection.hint')}</div>
  const unit = index.units[index.order.get(selection.unitId) ?? -1]
  const quote = selection.quote.length > 80 ? `${selection.quote.slice(0, 80)}…` : selection.quote
  return (
    <section className="selection-bar" aria-label={t('selection.label')}>
      <span className="sel-text">
        <strong>{unit?.label}</strong> “{quote}”
      </span>
      {selection.clipped ? (
        <span className="sel-clipped">{t('selection.clipped', { label: unit?.label })}</span>
      ) : null}
      <button
        type="button"
        className="btn btn-primary"
        data-testid="new-finding"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => makeFinding()}
        aria-keyshortcuts="F Control+Enter"
      >
        {t('selection.mark')} <kbd>F</kbd>
      </button>
    </section>
  )
}
