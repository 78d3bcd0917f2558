/** "Adjust the span" of a consolidated finding: pick new offsets within its unit, then save. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding } from '../../../../shared/domain/finding'
import { checkSpan } from './authoring'
import { InlineForm, SpanField } from './InlineForm'

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
  const [span, setSpan] = useState({ start: finding.start, end: finding.end })
  const check = checkSpan(unit, span.start, span.end)
  const changed = span.start !== finding.start || span.end !== finding.end
  return (
    <InlineForm
      opener={{ label: t('author.adjust'), variant: 'ghost', testId: 'span-adjust' }}
      label={t('author.adjust')}
      testId="span-adjust-form"
      submit={{ label: t('author.saveSpan'), testId: 'span-save', disabled: !check.ok || !changed }}
      onSubmit={() => {
        if (check.ok && changed) onAdjust(check.start, check.end)
        return false
      }}
    >
      <SpanField unit={unit} span={span} onChange={setSpan} check={check} showProblem />
      <p className="cmp-hint">{t('author.adjustNote')}</p>
    </InlineForm>
  )
}
