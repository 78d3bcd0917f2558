/**
 * The factor picker: searchable, grouped by factor group with descriptions, multi-select.
 * Keys: type to filter, ↑/↓ to move, Enter or Space to toggle, Esc to close, 1–9 toggle the first nine
 * shown factors while the search box is empty.
 */
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { factorMatches, factorsByGroup, isWorkingName, localized } from './packText'
import type { Pack } from './types'

/** Props: the pack, the selected factor ids and what to do with a new selection. */
export type FactorPickerProps = {
  pack: Pack
  lang: string
  selected: readonly string[]
  onChange: (ids: string[]) => void
  onClose: () => void
}

/** A keyboard-first factor picker. */
export function FactorPicker({ pack, lang, selected, onChange, onClose }: FactorPickerProps) {
  const { t } = useTranslation('room')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const groups = useMemo(
    () =>
      factorsByGroup(pack)
        .map(({ group, factors }) => ({
          group,
          factors: factors.filter((f) => factorMatches(f, query, lang)),
        }))
        .filter((g) => g.factors.length > 0),
    [pack, query, lang],
  )
  const flat = useMemo(() => groups.flatMap((g) => g.factors), [groups])
  const activeIndex = Math.min(active, Math.max(0, flat.length - 1))
  const chosen = new Set(selected)

  const toggle = (id: string): void => {
    const next = chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]
    onChange(next)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = (activeIndex + (e.key === 'ArrowDown' ? 1 : -1) + flat.length) % Math.max(1, flat.length)
      setActive(next)
      listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const f = flat[activeIndex]
      if (f) toggle(f.id)
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      onClose()
    } else if (query === '' && /^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      const f = flat[Number(e.key) - 1]
      if (f) toggle(f.id)
    }
  }

  const activeFactor = flat[activeIndex]
  return (
    <div className="factor-picker" data-testid="factor-picker">
      {pack.status === 'working' ? <p className="fp-note">{t('picker.workingPack')}</p> : null}
      <input
        className="fp-search"
        type="search"
        // biome-ignore lint/a11y/noAutofocus: the picker opens on request (new finding, "Choose factors")
        autoFocus
        value={query}
        placeholder={t('picker.search')}
        aria-label={t('picker.search')}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={activeFactor ? `${listId}-${activeFactor.id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <p className="fp-hint">{t('picker.hint')}</p>
      <div
        className="fp-list"
        id={listId}
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('picker.title')}
        ref={listRef}
      >
        {flat.length === 0 ? <p className="fp-empty">{t('picker.noMatch')}</p> : null}
        {groups.map(({ group, factors }) => (
          // biome-ignore lint/a11y/useSemanticElements: ARIA groups inside a listbox (combobox pattern)
          <div key={group.id} role="group" aria-label={localized(group.name, lang)} className="fp-group">
            <div className="fp-group-name" style={{ borderColor: group.color }}>
              <span className="fp-swatch" style={{ background: group.color }} aria-hidden="true" />
              {localized(group.name, lang)}
            </div>
            {factors.map((f) => {
              const i = flat.indexOf(f)
              const on = chosen.has(f.id)
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant)
                // biome-ignore lint/a11y/useFocusableInteractive: same: the input keeps the focus
                <div
                  key={f.id}
                  id={`${listId}-${f.id}`}
                  data-index={i}
                  data-factor-id={f.id}
                  role="option"
                  aria-selected={on}
                  className={`fp-option${i === activeIndex ? ' is-active' : ''}${on ? ' is-on' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setActive(i)
                    toggle(f.id)
                  }}
                >
                  <span className="fp-check" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                  <span className="fp-body">
                    <span className="fp-name">
                      {i < 9 && query === '' ? <kbd className="fp-key">{i + 1}</kbd> : null}
                      {localized(f.name, lang)}
                      {isWorkingName(pack, f) ? (
                        <span className="fp-working">{t('picker.workingName')}</span>
                      ) : null}
                    </span>
                    <span className="fp-desc">{localized(f.description, lang)}</span>
                  </span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div className="fp-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} data-testid="factor-picker-done">
          {t('picker.done', { count: selected.length })}
        </button>
      </div>
    </div>
  )
}
