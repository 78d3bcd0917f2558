import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/EmptyState'
import { ToastProvider } from '../components/Toast'
import { MethodologiesPage } from '../features/admin/MethodologiesPage'
import { UsersPage } from '../features/admin/UsersPage'
import { LoginPage } from '../features/auth/LoginPage'
import { SetupPage } from '../features/auth/SetupPage'
import { DraftPage } from '../features/drafts/DraftPage'
import { DraftsPage } from '../features/drafts/DraftsPage'
import { VersionComparePage } from '../features/drafts/VersionComparePage'
import { FollowUpPage } from '../features/followups/FollowUpPage'
import { FollowUpsPage } from '../features/followups/FollowUpsPage'
import { HomePage } from '../features/home/HomePage'
import { JoinPage } from '../features/join/JoinPage'
import { ConsolePage } from '../features/reviews/ConsolePage'
import { NewReviewPage } from '../features/reviews/NewReviewPage'
import { FeaturePage } from './features'
import { FACILITATOR_ROLES, RequireUser, STAFF_ROLES } from './guards'
import { Layout } from './Layout'
import type { RouteDef } from './router'
import { Link, Router } from './router'
import { SessionProvider } from './session'

function NotFound() {
  const { t } = useTranslation('common')
  return (
    <Layout>
      <EmptyState title={t('notFound.title')} action={<Link to="/">{t('backHome')}</Link>}>
        {t('notFound.body')}
      </EmptyState>
    </Layout>
  )
}

/** Every URL of the app (see the client conventions in the brief). */
function useRoutes(): RouteDef[] {
  return useMemo<RouteDef[]>(
    () => [
      { pattern: '/', render: () => <HomePage /> },
      { pattern: '/setup', render: () => <SetupPage /> },
      { pattern: '/login', render: () => <LoginPage /> },
      { pattern: '/join', render: () => <JoinPage /> },
      {
        pattern: '/admin/users',
        render: () => (
          <RequireUser roles={['admin']}>
            <UsersPage />
          </RequireUser>
        ),
      },
      {
        pattern: '/admin/methodologies',
        render: () => (
          <RequireUser roles={['admin']}>
            <MethodologiesPage />
          </RequireUser>
        ),
      },
      {
        pattern: '/drafts',
        render: () => (
          <RequireUser roles={STAFF_ROLES}>
            <DraftsPage />
          </RequireUser>
        ),
      },
      {
        pattern: '/drafts/:id',
        render: (p) => (
          <RequireUser roles={STAFF_ROLES}>
            <DraftPage draftId={p.id ?? ''} />
          </RequireUser>
        ),
      },
      {
        pattern: '/drafts/:id/compare',
        render: (p) => (
          <RequireUser roles={STAFF_ROLES}>
            <VersionComparePage draftId={p.id ?? ''} />
          </RequireUser>
        ),
      },
      {
        pattern: '/reviews/:id/follow-ups',
        render: (p) => (
          <RequireUser roles={STAFF_ROLES}>
            <FollowUpsPage reviewId={p.id ?? ''} />
          </RequireUser>
        ),
      },
      {
        pattern: '/reviews/:id/follow-ups/:followUpId',
        render: (p) => (
          <RequireUser roles={STAFF_ROLES}>
            <FollowUpPage reviewId={p.id ?? ''} followUpId={p.followUpId ?? ''} />
          </RequireUser>
        ),
      },
      {
        pattern: '/reviews/new',
        render: () => (
          <RequireUser roles={FACILITATOR_ROLES}>
            <NewReviewPage />
          </RequireUser>
        ),
      },
      {
        pattern: '/reviews/:id',
        render: (p) => (
          <RequireUser roles={STAFF_ROLES}>
            <ConsolePage reviewId={p.id ?? ''} />
          </RequireUser>
        ),
      },
      {
        pattern: '/reviews/:id/groups/:groupId',
        render: (p) => (
          <RequireUser>
            <Layout wide>
              <FeaturePage
                feature="room"
                name="GroupRoomPage"
                props={{ reviewId: p.id ?? '', groupId: p.groupId ?? '' }}
              />
            </Layout>
          </RequireUser>
        ),
      },
      ...(['compare', 'consolidated', 'export'] as const).map((page) => ({
        pattern: `/reviews/:id/${page}`,
        render: (p: Record<string, string>) => (
          <RequireUser>
            <Layout wide>
              <FeaturePage
                feature="compare"
                name={`${page === 'compare' ? 'Compare' : page === 'consolidated' ? 'Consolidated' : 'Export'}Page`}
                props={{ reviewId: p.id ?? '' }}
              />
            </Layout>
          </RequireUser>
        ),
      })),
    ],
    [],
  )
}

/** The whole app: session, notifications and the router. */
export function App() {
  const routes = useRoutes()
  return (
    <SessionProvider>
      <ToastProvider>
        <Router routes={routes} fallback={<NotFound />} />
      </ToastProvider>
    </SessionProvider>
  )
}
