import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Layout } from '../../app/Layout'
import { Link, Redirect, useRoute } from '../../app/router'
import { useSession } from '../../app/session'
import { Loading } from '../../components/Spinner'
import { AuthForm } from './AuthForm'
import { isSetupNeeded } from './api'

/** Only in-app paths are allowed as `?next=` (no open redirect). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/'
}

/** Sign in; sends the first visitor to set-up while no admin exists. */
export function LoginPage() {
  const { t } = useTranslation('common')
  const { query } = useRoute()
  const { user, status } = useSession()
  const [setupNeeded, setSetupNeeded] = useState<boolean | null>(null)
  useEffect(() => {
    isSetupNeeded()
      .then((needed) => setSetupNeeded(needed))
      .catch(() => setSetupNeeded(false))
  }, [])
  const next = safeNext(query.get('next'))
  if (status === 'loading' || setupNeeded === null) return <Loading />
  if (setupNeeded) return <Redirect to="/setup" />
  if (user) return <Redirect to={next} />
  return (
    <Layout>
      <h1>{t('auth.signInTitle')}</h1>
      <AuthForm endpoint="/api/login" submitLabel={t('auth.signIn')} next={next} />
      <p className="muted centered">
        {t('auth.participantHint')} <Link to="/join">{t('auth.joinLink')}</Link>
      </p>
    </Layout>
  )
}
