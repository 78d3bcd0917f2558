/** "Adjust the span" of a consolidated finding: pick new offsets within its unit, then save. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding } from '../../../../shared/domain/finding'
import { Button } from '../../../components/Button'
import { checkSpan } from './authoring'
import { SpanPicker } from './SpanPicker'

export function SpanAdjuster({
  finding,
  unit,
  onAdjust,
}: {
  finding: Finding
  unit: Unit
  onAdjust: (start: number, end: number) => void
}) {
  const { t } = useTranslation('compare')
  const [open, setOpen] = useState(false)
  const [span, setSpan] = useState({ start: finding.start, end: finding.end })
  const check = checkSpan(unit, span.start, span.end)
  const changed = span.start !== finding.start || span.end !== finding.end
  if (!open)
    return (
      <Button variant="ghost" onClick={() => setOpen(true)} data-testid="span-adjust">
        {t('author.adjust')}
      </Button>
    )
  return (
    <form
      className="cmp-author"
      aria-label={t('author.adjust')}
      data-testid="span-adjust-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (check.ok && changed) onAdjust(check.start, check.end)
      }}
    >
      <SpanPicker
        unit={unit}
        start={span.start}
        end={span.end}
        onChange={(start, end) => setSpan({ start, end })}
      />
      {!check.ok ? (
        <p className="cmp-hint" role="alert">
          {t(`author.span.${check.reason}`)}
        </p>
      ) : null}
      <p className="cmp-hint">{t('author.adjustNote')}</p>
      <div className="cmp-row">
        <Button type="submit" variant="primary" disabled={!check.ok || !changed} data-testid="span-save">
          {t('author.saveSpan')}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('author.cancel')}
        </Button>
      </div>
    </form>
  )
}
