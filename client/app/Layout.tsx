import type { ReactNode } from 'react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/Button'
import { LanguageSwitcher, ScriptToggle } from '../components/LanguageSwitcher'
import { Link, navigate, useRoute } from './router'
import { useSession } from './session'

/** Top navigation entries a role may use; participants only have their room. */
function navItems(role: string | undefined): { to: string; key: string }[] {
  if (!role || role === 'participant') return []
  const items = [
    { to: '/', key: 'nav.reviews' },
    { to: '/drafts', key: 'nav.drafts' },
  ]
  if (role === 'admin') {
    items.push({ to: '/admin/users', key: 'nav.users' })
    items.push({ to: '/admin/methodologies', key: 'nav.methodologies' })
  }
  return items
}

/** The page frame: header (app name, navigation, language, user menu) and the main region. */
export function Layout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation('common')
  const { user, signOut } = useSession()
  const { path } = useRoute()
  // The tab title follows the page heading, so history and screen readers name each screen.
  useEffect(() => {
    const h1 = document.querySelector('main h1')?.textContent?.trim()
    const title = h1 ? `${h1} · ${t('appName')}` : t('appName')
    if (document.title !== title) document.title = title
  })
  const isCurrent = (to: string) =>
    to === '/' ? path === '/' || path.startsWith('/reviews') : path.startsWith(to)
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand" translate="no">
          <span className="brand-mark" aria-hidden="true">
            ◈
          </span>
          {t('appName')}
        </Link>
        <nav aria-label={t('nav.label')} className="main-nav">
          {navItems(user?.role).map((n) => (
            <Link key={n.to} to={n.to} aria-current={isCurrent(n.to) ? 'page' : undefined}>
              {t(n.key)}
            </Link>
          ))}
        </nav>
        <div className="header-tools">
          <ScriptToggle />
          <LanguageSwitcher />
          {user ? (
            <div className="user-menu">
              <span className="user-name" data-testid="user-name">
                {user.name}
                <span className="user-role">{t(`roles.${user.role}`)}</span>
              </span>
              <Button
                variant="ghost"
                onClick={() => {
                  void signOut().then(() => navigate(user.role === 'participant' ? '/join' : '/login'))
                }}
                data-testid="sign-out"
              >
                {t('signOut')}
              </Button>
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" className={wide ? 'app-main app-main-wide' : 'app-main'} tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
