import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../app/router'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TextField } from '../../components/Field'
import { useSubmit } from '../../components/useSubmit'
import { type AuthEndpoint, postCredentials } from './api'

/** A name + password form posting to `endpoint`, then signing in and going to `next`. */
export function AuthForm({
  endpoint,
  submitLabel,
  next,
  newPassword = false,
  intro,
}: {
  endpoint: AuthEndpoint
  submitLabel: string
  next: string
  newPassword?: boolean
  intro?: ReactNode
}) {
  const { t } = useTranslation('common')
  const { signIn } = useSession()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')

  const { busy, error, onSubmit } = useSubmit(async () => {
    await postCredentials(endpoint, name.trim(), password)
    await signIn()
    navigate(next, { replace: true })
  })

  return (
    <form
      className="card form narrow"
      onSubmit={onSubmit}
      aria-describedby={error ? 'auth-error' : undefined}
    >
      {intro}
      <TextField
        label={t('auth.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="username"
        required
        autoFocus
        name="name"
      />
      <TextField
        label={t('auth.password')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete={newPassword ? 'new-password' : 'current-password'}
        minLength={newPassword ? 10 : undefined}
        hint={newPassword ? t('auth.passwordHint') : undefined}
        required
        name="password"
      />
      <ErrorMessage error={error} id="auth-error" />
      <Button type="submit" variant="primary" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  )
}
