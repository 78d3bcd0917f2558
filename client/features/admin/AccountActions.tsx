/**
 * One account's role and on/off switch in the admin's user list. Every change asks first (a
 * switched-off account's people are signed out at once), and one's own account is left alone.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { type Account, type AccountChange, changeAccount } from './api'

export type { Account }

type Change = AccountChange
const ROLES = ['admin', 'facilitator', 'expert', 'staff'] as const

/** Role select and switch-off button of one row, with the confirmation dialog. */
export function AccountActions({
  user,
  self,
  onChanged,
}: {
  user: Account
  self: boolean
  onChanged: () => void
}) {
  const { t } = useTranslation('admin')
  const [pending, setPending] = useState<Change | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const apply = async () => {
    if (!pending) return
    setBusy(true)
    setError(null)
    try {
      await changeAccount(user.id, pending)
      setPending(null)
      onChanged()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const question = pending?.role
    ? t('account.confirmRole', { name: user.name, role: t(`common:roles.${pending.role}`) })
    : pending?.deactivated
      ? t('account.confirmOff', { name: user.name })
      : t('account.confirmOn', { name: user.name })
  return (
    <>
      <select
        aria-label={t('account.roleOf', { name: user.name })}
        value={user.role}
        disabled={self || user.deactivated}
        onChange={(e) => setPending({ role: e.target.value as Change['role'] })}
        data-testid="account-role"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`common:roles.${r}`)}
          </option>
        ))}
      </select>
      {self ? null : (
        <Button
          variant={user.deactivated ? 'ghost' : 'danger'}
          onClick={() => setPending({ deactivated: !user.deactivated })}
          data-testid="account-switch"
        >
          {user.deactivated ? t('account.switchOn') : t('account.switchOff')}
        </Button>
      )}
      <Dialog open={pending !== null} title={t('account.confirmTitle')} onClose={() => setPending(null)}>
        <p data-testid="account-confirm-text">{question}</p>
        <ErrorMessage error={error} />
        <div className="row">
          <Button variant="primary" busy={busy} onClick={() => void apply()} data-testid="account-confirm">
            {t('account.confirm')}
          </Button>
          <Button onClick={() => setPending(null)}>{t('common:cancel')}</Button>
        </div>
      </Dialog>
    </>
  )
}
