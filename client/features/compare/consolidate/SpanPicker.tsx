/**
 * Pick a span of one unit's text: select it in the unit's text (a read-only text area, so selection
 * offsets are exact character offsets of `unit.text`) or type the quote to find it there.
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import { locateQuote } from './authoring'

/** The selected span and its live quote; `onChange` gets offsets into `unit.text`. */
export function SpanPicker({
  unit,
  start,
  end,
  onChange,
}: {
  unit: Unit
  start: number
  end: number
  onChange: (start: number, end: number) => void
}) {
  const { t } = useTranslation('compare')
  const area = useRef<HTMLTextAreaElement>(null)
  const [typed, setTyped] = useState('')
  const [notFound, setNotFound] = useState(false)
  const takeSelection = () => {
    const el = area.current
    if (el && el.selectionEnd > el.selectionStart) onChange(el.selectionStart, el.selectionEnd)
  }
  return (
    <div className="cmp-span-picker">
      <label className="field">
        <span className="field-label">{t('author.selectHint')}</span>
        <textarea
          ref={area}
          readOnly
          value={unit.text}
          rows={Math.min(8, Math.max(3, Math.ceil(unit.text.length / 90)))}
          onSelect={takeSelection}
          onMouseUp={takeSelection}
          onKeyUp={takeSelection}
          onTouchEnd={takeSelection}
          data-testid="span-source"
        />
      </label>
      <label className="field">
        <span className="field-label">{t('author.typeQuote')}</span>
        <input
          value={typed}
          maxLength={5000}
          onChange={(e) => {
            setTyped(e.target.value)
            const at = locateQuote(unit, e.target.value)
            setNotFound(!!e.target.value.trim() && !at)
            if (at) onChange(at.start, at.end)
          }}
          aria-invalid={notFound}
          data-testid="span-typed"
        />
      </label>
      {notFound ? (
        <p className="cmp-hint" role="alert">
          {t('author.quoteNotFound')}
        </p>
      ) : null}
      <div className="cmp-row">
        <label className="cmp-inline-field">
          <span>{t('author.start')}</span>
          <input
            type="number"
            min={0}
            max={unit.text.length}
            value={start}
            onChange={(e) => onChange(Number(e.target.value), end)}
            data-testid="span-start"
          />
        </label>
        <label className="cmp-inline-field">
          <span>{t('author.end')}</span>
          <input
            type="number"
            min={0}
            max={unit.text.length}
            value={end}
            onChange={(e) => onChange(start, Number(e.target.value))}
            data-testid="span-end"
          />
        </label>
      </div>
      <p className="cmp-hint">{t('author.quote')}</p>
      <blockquote className="cmp-quote" data-testid="span-quote">
        {end > start ? unit.text.slice(start, end) : '—'}
      </blockquote>
    </div>
  )
}
