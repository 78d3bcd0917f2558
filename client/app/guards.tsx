import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../shared/domain/review'
import { EmptyState } from '../components/EmptyState'
import { Loading } from '../components/Spinner'
import { Layout } from './Layout'
import { Link, Redirect, useRoute } from './router'
import { useSession } from './session'

/** The login URL that brings the user back here afterwards. */
export function loginUrl(path: string, search: string): string {
  const next = path + search
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`
}

/** Render children only for a signed-in user with one of `roles` (any role when omitted). */
export function RequireUser({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { status, user } = useSession()
  const { path, query } = useRoute()
  const { t } = useTranslation('common')
  if (status === 'loading') return <Loading />
  if (!user) {
    const search = query.toString()
    return <Redirect to={loginUrl(path, search ? `?${search}` : '')} />
  }
  if (roles && !roles.includes(user.role)) {
    return (
      <Layout>
        <EmptyState title={t('forbidden.title')} action={<Link to="/">{t('backHome')}</Link>}>
          {t('forbidden.body')}
        </EmptyState>
      </Layout>
    )
  }
  return <>{children}</>
}

/** Staff-side roles (everything except participants). */
export const STAFF_ROLES = ['admin', 'facilitator', 'expert', 'staff'] as const satisfies readonly Role[]
/** Roles that run reviews. */
export const FACILITATOR_ROLES = ['admin', 'facilitator'] as const satisfies readonly Role[]
