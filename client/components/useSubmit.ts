/**
 * A form's submit as every form of the app runs it: no page reload, the button busy while the call
 * runs, the error of the last failed attempt kept for `ErrorMessage` (and cleared on the next try).
 */
import { type FormEvent, useState } from 'react'

/** What `useSubmit` gives a form. */
export type Submit = {
  busy: boolean
  error: unknown
  setError: (error: unknown) => void
  /** the form's `onSubmit` */
  onSubmit: (e?: FormEvent) => Promise<void>
}

/** Run `action` on submit; a thrown error is kept, not rethrown. */
export function useSubmit(action: () => Promise<void>): Submit {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const onSubmit = async (e?: FormEvent) => {
    e?.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, onSubmit }
}
