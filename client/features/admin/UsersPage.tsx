import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicUser } from '../../../shared/domain/review'
import { Layout } from '../../app/Layout'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { useToast } from '../../components/Toast'
import { type Account, AccountActions } from './AccountActions'
import { listAccounts } from './api'
import { CreateUserForm } from './CreateUserForm'
import { ResetPasswordForm } from './ResetPasswordForm'

/** Admin: list accounts, create one, reset a password, change a role, switch an account off or on. */
export function UsersPage() {
  const { t } = useTranslation('admin')
  const { notify } = useToast()
  const session = useSession()
  const [users, setUsers] = useState<Account[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [resetFor, setResetFor] = useState<PublicUser | null>(null)

  const load = useCallback(() => {
    listAccounts()
      .then((u) => {
        setUsers(u)
        setError(null)
      })
      .catch(setError)
  }, [])
  useEffect(load, [load])

  return (
    <Layout>
      <h1>{t('title')}</h1>
      <div className="two-columns">
        <section aria-labelledby="users-list-title">
          <h2 id="users-list-title">{t('listTitle')}</h2>
          <ErrorMessage error={error} />
          {users === null && !error ? <Loading /> : null}
          {users?.length === 0 ? <EmptyState title={t('empty')} /> : null}
          {users && users.length > 0 ? (
            <table className="table" data-testid="users-table">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} data-user-id={u.id} className={u.deactivated ? 'is-deactivated' : undefined}>
                    <td>
                      {u.name}
                      {u.deactivated ? (
                        <span className="badge badge-warn" data-testid="account-off">
                          {t('account.off')}
                        </span>
                      ) : null}
                    </td>
                    <td>{t(`common:roles.${u.role}`)}</td>
                    <td className="actions">
                      <AccountActions user={u} self={u.id === session.user?.id} onChanged={load} />
                      {u.role !== 'participant' ? (
                        <Button variant="ghost" onClick={() => setResetFor(u)}>
                          {t('resetPassword')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
        <section aria-labelledby="users-create-title" className="card">
          <h2 id="users-create-title">{t('createTitle')}</h2>
          <CreateUserForm
            onCreated={(u) => {
              notify(t('created', { name: u.name }), 'success')
              load()
            }}
          />
        </section>
      </div>
      <Dialog
        open={resetFor !== null}
        title={t('resetTitle', { name: resetFor?.name ?? '' })}
        onClose={() => setResetFor(null)}
      >
        {resetFor ? (
          <ResetPasswordForm
            user={resetFor}
            onDone={() => {
              notify(t('resetDone', { name: resetFor.name }), 'success')
              setResetFor(null)
            }}
          />
        ) : null}
      </Dialog>
    </Layout>
  )
}
