import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicUser, Role } from '../../../shared/domain/review'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field, TextField } from '../../components/Field'
import { useSubmit } from '../../components/useSubmit'
import { createAccount } from './api'

/** Roles an admin hands out; participants join with a code instead. */
export const ASSIGNABLE_ROLES = ['facilitator', 'expert', 'staff', 'admin'] as const satisfies readonly Role[]

/** Create an account with a name, a password and a role. */
export function CreateUserForm({ onCreated }: { onCreated: (u: PublicUser) => void }) {
  const { t } = useTranslation('admin')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [role, setRole] = useState<Role>('facilitator')

  const { busy, error, onSubmit } = useSubmit(async () => {
    const user = await createAccount({ name: name.trim(), password, role })
    setName('')
    setPassword('')
    onCreated(user)
  })

  return (
    <form className="form" onSubmit={onSubmit} data-testid="create-user-form">
      <TextField
        label={t('name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        name="name"
        autoComplete="off"
      />
      <TextField
        label={t('password')}
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        minLength={10}
        hint={t('common:auth.passwordHint')}
        name="password"
        autoComplete="new-password"
      />
      <Field label={t('role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)} name="role">
          {ASSIGNABLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <p className="field-hint">{t(`roleHelp.${role}`)}</p>
      <ErrorMessage error={error} />
      <Button type="submit" variant="primary" busy={busy}>
        {t('create')}
      </Button>
    </form>
  )
}
