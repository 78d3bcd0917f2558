/**
 * Pages owned by other engineers (group room, compare, consolidated, export), loaded lazily.
 * `import.meta.glob` keeps the shell building even before a feature folder exists.
 */

import type { ComponentType } from 'react'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/EmptyState'
import { Loading } from '../components/Spinner'

type FeatureModule = Record<string, unknown>
const modules = import.meta.glob<FeatureModule>('../features/{room,compare}/index.ts')

function Unavailable() {
  const { t } = useTranslation('common')
  return <EmptyState title={t('featureUnavailable')} />
}

const cache = new Map<string, ComponentType<Record<string, string>>>()

function lazyPage(feature: 'room' | 'compare', exportName: string): ComponentType<Record<string, string>> {
  const key = `${feature}:${exportName}`
  const hit = cache.get(key)
  if (hit) return hit
  const load = modules[`../features/${feature}/index.ts`]
  const Page = lazy(async () => {
    const mod = load ? await load() : {}
    const C = mod[exportName] as ComponentType<Record<string, string>> | undefined
    return { default: C ?? Unavailable }
  })
  cache.set(key, Page)
  return Page
}

/** Render another feature's page by its exported name, with a loading fallback. */
export function FeaturePage({
  feature,
  name,
  props,
}: {
  feature: 'room' | 'compare'
  name: string
  props: Record<string, string>
}) {
  const Page = lazyPage(feature, name)
  return (
    <Suspense fallback={<Loading />}>
      <Page {...props} />
    </Suspense>
  )
}
