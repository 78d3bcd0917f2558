/**
 * A tiny history-API router: patterns like `/reviews/:id/groups/:groupId`, `useRoute()` for the current
 * `{ path, params, query }`, `navigate(to)` and `<Link>`. Enough for our dozen screens, no dependency.
 */

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react'
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore } from 'react'

/** The current location as a screen sees it. */
export type Route = {
  path: string
  params: Record<string, string>
  query: URLSearchParams
}

const listeners = new Set<() => void>()

function notify(): void {
  for (const l of listeners) l()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function snapshot(): string {
  return window.location.pathname + window.location.search
}

/** Go to an in-app URL (pushes history, or replaces it with `{ replace: true }`). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  notify()
  if (!options.replace) window.scrollTo?.(0, 0)
}

/** Match a path against a pattern; returns decoded params or null. Pure, so it is unit-tested. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean)
  const s = path.split('/').filter(Boolean)
  if (p.length !== s.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < p.length; i++) {
    const seg = p[i] as string
    const val = s[i] as string
    if (seg.startsWith(':')) {
      try {
        params[seg.slice(1)] = decodeURIComponent(val)
      } catch {
        return null
      }
    } else if (seg !== val) return null
  }
  return params
}

/** One route of the app: a pattern and the screen it renders. */
export type RouteDef = { pattern: string; render: (params: Record<string, string>) => ReactNode }

const RouteContext = createContext<Route | null>(null)

/** Subscribe to the browser location (path + search). */
export function useLocation(): { path: string; search: string } {
  const loc = useSyncExternalStore(subscribe, snapshot, () => '/')
  const q = loc.indexOf('?')
  return { path: q < 0 ? loc : loc.slice(0, q), search: q < 0 ? '' : loc.slice(q) }
}

/** Render the first route whose pattern matches the current path, or `fallback`. */
export function Router({ routes, fallback }: { routes: RouteDef[]; fallback: ReactNode }) {
  const { path, search } = useLocation()
  const matched = useMemo(() => {
    for (const r of routes) {
      const params = matchPath(r.pattern, path)
      if (params) return { r, params }
    }
    return null
  }, [routes, path])
  const route = useMemo<Route>(
    () => ({ path, params: matched?.params ?? {}, query: new URLSearchParams(search) }),
    [path, search, matched],
  )
  return (
    <RouteContext.Provider value={route}>
      {matched ? matched.r.render(matched.params) : fallback}
    </RouteContext.Provider>
  )
}

/** The current route; outside a `<Router>` it falls back to the raw location with no params. */
export function useRoute(): Route {
  const ctx = useContext(RouteContext)
  const { path, search } = useLocation()
  return ctx ?? { path, params: {}, query: new URLSearchParams(search) }
}

/** Redirect on mount (for guards such as "sign in first"). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}

/** An anchor that navigates in-app on a plain left click and behaves normally otherwise. */
export function Link({
  to,
  children,
  ...rest
}: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e)
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    if (rest.target && rest.target !== '_self') return
    e.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} {...rest} onClick={onClick}>
      {children}
    </a>
  )
}
