/**
 * The experts' small in-place forms of the conclusion ("Add a finding", "Adjust the span"): a button
 * until opened, then the form with its submit and cancel buttons. `SpanField` is the span part both use:
 * the offsets picker and why the span is not valid yet.
 */
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import { Button } from '../../../components/Button'
import type { checkSpan } from './authoring'
import { SpanPicker } from './SpanPicker'

/** Props of an in-place form. */
export type InlineFormProps = {
  /** the button that opens the form */
  opener: { label: string; variant: 'secondary' | 'ghost'; testId: string }
  /** the form's accessible name and test id */
  label: string
  testId: string
  submit: { label: string; testId: string; disabled: boolean }
  /** handle a submit; true closes the form */
  onSubmit: () => boolean
  children: ReactNode
}

/** A form opened in place by a button. */
export function InlineForm({ opener, label, testId, submit, onSubmit, children }: InlineFormProps) {
  const { t } = useTranslation('compare')
  const [open, setOpen] = useState(false)
  if (!open)
    return (
      <Button variant={opener.variant} onClick={() => setOpen(true)} data-testid={opener.testId}>
        {opener.label}
      </Button>
    )
  return (
    <form
      className="cmp-author"
      aria-label={label}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault()
        if (onSubmit()) setOpen(false)
      }}
    >
      {children}
      <div className="cmp-row">
        <Button type="submit" variant="primary" disabled={submit.disabled} data-testid={submit.testId}>
          {submit.label}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('author.cancel')}
        </Button>
      </div>
    </form>
  )
}

/** A span of one unit's text (offsets). */
export type Span = { start: number; end: number }

/** The span picker of a unit and, when `showProblem`, why the span is not valid. */
export function SpanField({
  unit,
  span,
  onChange,
  check,
  showProblem,
}: {
  unit: Unit
  span: Span
  onChange: (span: Span) => void
  check: ReturnType<typeof checkSpan>
  showProblem: boolean
}) {
  const { t } = useTranslation('compare')
  return (
    <>
      <SpanPicker
        unit={unit}
        start={span.start}
        end={span.end}
        onChange={(start, end) => onChange({ start, end })}
      />
      {!check.ok && showProblem ? (
        <p className="cmp-hint" role="alert">
          {t(`author.span.${check.reason}`)}
        </p>
      ) : null}
    </>
  )
}
