import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Layout } from '../../app/Layout'
import { Redirect } from '../../app/router'
import { Loading } from '../../components/Spinner'
import { AuthForm } from './AuthForm'
import { isSetupNeeded } from './api'

/** First run: create the first administrator (only while `GET /api/setup` says it is needed). */
export function SetupPage() {
  const { t } = useTranslation('common')
  const [needed, setNeeded] = useState<boolean | null>(null)
  useEffect(() => {
    isSetupNeeded()
      .then((needed) => setNeeded(needed))
      .catch(() => setNeeded(true))
  }, [])
  if (needed === null) return <Loading />
  if (!needed) return <Redirect to="/login" />
  return (
    <Layout>
      <h1>{t('setup.title')}</h1>
      <AuthForm
        endpoint="/api/setup"
        submitLabel={t('setup.submit')}
        next="/"
        newPassword
        intro={<p className="muted">{t('setup.intro')}</p>}
      />
    </Layout>
  )
}
