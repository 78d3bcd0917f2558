/**
 * A labelled select over a list of values (risk, status, proposal kind, the finding filters): the
 * label's text, then one option per value, after any leading options such as "any".
 */
import type { ReactNode } from 'react'

/** One option: the value sent and the words shown. */
export type SelectOption<V extends string = string> = { value: V; label: ReactNode; disabled?: boolean }

/** Props of a labelled select. */
export type LabeledSelectProps<V extends string> = {
  label: ReactNode
  value: string
  options: readonly SelectOption<V>[]
  onChange: (value: V) => void
  /** options before the list (e.g. "any", "untagged", a disabled placeholder) */
  leading?: readonly SelectOption[]
  disabled?: boolean
  testId?: string
  className?: string
}

/** `<label><span>label</span><select>…</select></label>`. */
export function LabeledSelect<V extends string>(p: LabeledSelectProps<V>) {
  return (
    <label className={p.className}>
      <span>{p.label}</span>
      <select
        value={p.value}
        disabled={p.disabled}
        data-testid={p.testId}
        onChange={(e) => p.onChange(e.target.value as V)}
      >
        {[...(p.leading ?? []), ...p.options].map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
