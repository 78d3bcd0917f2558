/** The list of open detector suggestions with accept / dismiss (the keyboard path to them). */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { localized } from './packText'
import { type Pack, type Suggestion, suggestionKey } from './types'

/** Props of the suggestions panel. */
export type SuggestionsPanelProps = {
  suggestions: Suggestion[]
  pack: Pack | null
  lang: string
  labelOf: (unitId: string) => string
  readOnly: boolean
  failed: boolean
  focusedKey: string | null
  onShow: (s: Suggestion) => void
  onAccept: (s: Suggestion) => void
  onDismiss: (s: Suggestion) => void
}

/** Suggestions list. */
export function SuggestionsPanel(p: SuggestionsPanelProps) {
  const { t } = useTranslation('room')
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    if (!p.focusedKey) return
    const el = listRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(p.focusedKey)}"]`)
    el?.scrollIntoView({ block: 'nearest' })
    el?.focus()
  }, [p.focusedKey])
  if (p.failed) return <p className="muted">{t('suggestions.failed')}</p>
  // Measured recall on acts the rules never saw is well below one (docs/detector.md), so an empty
  // list must not read as "no risk here".
  const limits = (
    <p className="muted" data-testid="suggestions-limits">
      {t('suggestions.limits')}
    </p>
  )
  if (p.suggestions.length === 0)
    return (
      <div className="suggestions">
        <p className="muted">{t('suggestions.empty')}</p>
        {limits}
      </div>
    )
  return (
    <div className="suggestions">
      <p className="muted">{t('suggestions.intro', { count: p.suggestions.length })}</p>
      {limits}
      <ul className="suggestion-list" ref={listRef}>
        {p.suggestions.map((s) => {
          const key = suggestionKey(s)
          const factor = p.pack?.factors.find((f) => f.id === s.factorId)
          return (
            <li
              key={key}
              data-key={key}
              tabIndex={-1}
              className={`suggestion-item${key === p.focusedKey ? ' is-focused' : ''}`}
              data-testid="suggestion-item"
            >
              <button type="button" className="btn btn-ghost suggestion-show" onClick={() => p.onShow(s)}>
                <span className="fi-label">{p.labelOf(s.unitId)}</span> “{s.quote}”
              </button>
              <div className="suggestion-factor">{factor ? localized(factor.name, p.lang) : s.factorId}</div>
              <p className="suggestion-why">{s.explanation}</p>
              {!p.readOnly ? (
                <div className="suggestion-actions">
                  <button
                    type="button"
                    className="btn btn-primary btn-small"
                    data-testid="suggestion-accept"
                    onClick={() => p.onAccept(s)}
                  >
                    {t('suggestions.accept')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    data-testid="suggestion-dismiss"
                    onClick={() => p.onDismiss(s)}
                  >
                    {t('suggestions.dismiss')}
                  </button>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
