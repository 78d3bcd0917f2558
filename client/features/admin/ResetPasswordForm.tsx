import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicUser } from '../../../shared/domain/review'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TextField } from '../../components/Field'
import { useSubmit } from '../../components/useSubmit'
import { resetPassword } from './api'

/** Set a new password for one user (admin only). */
export function ResetPasswordForm({ user, onDone }: { user: PublicUser; onDone: () => void }) {
  const { t } = useTranslation('admin')
  const [password, setPassword] = useState('')
  const { busy, error, onSubmit } = useSubmit(async () => {
    await resetPassword(user.id, password)
    onDone()
  })
  return (
    <form className="form" onSubmit={onSubmit}>
      <TextField
        label={t('newPassword')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        minLength={10}
        autoFocus
        autoComplete="new-password"
      />
      <ErrorMessage error={error} />
      <Button type="submit" variant="primary" busy={busy}>
        {t('resetSubmit')}
      </Button>
    </form>
  )
}
