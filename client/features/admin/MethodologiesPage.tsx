import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Layout } from '../../app/Layout'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { useToast } from '../../components/Toast'
import { listPacks } from './api'
import { PackImportForm } from './PackImportForm'
import { PackList } from './PackList'
import { type PackSummary, packTitle } from './packs'
import './packs.css'

/** Admin: the methodology packs (built-in and imported) and the import form. */
export function MethodologiesPage() {
  const { t, i18n } = useTranslation('admin')
  const { notify } = useToast()
  const [packs, setPacks] = useState<PackSummary[] | null>(null)
  const [error, setError] = useState<unknown>(null)

  const load = useCallback(() => {
    listPacks()
      .then((p) => {
        setPacks(p)
        setError(null)
      })
      .catch(setError)
  }, [])
  useEffect(load, [load])

  return (
    <Layout>
      <h1>{t('packs.title')}</h1>
      <p className="field-hint pack-intro">{t('packs.intro')}</p>
      <div className="two-columns">
        <section aria-labelledby="packs-list-title">
          <h2 id="packs-list-title">{t('packs.listTitle')}</h2>
          <ErrorMessage error={error} />
          {packs === null && !error ? <Loading /> : null}
          {packs?.length === 0 ? <EmptyState title={t('packs.empty')} /> : null}
          {packs && packs.length > 0 ? <PackList packs={packs} /> : null}
        </section>
        <section aria-labelledby="packs-import-title" className="card">
          <h2 id="packs-import-title">{t('packs.importTitle')}</h2>
          <PackImportForm
            onImported={(pack) => {
              const title = packTitle(pack, i18n.resolvedLanguage ?? i18n.language)
              notify(t('packs.imported', { title, version: pack.version }), 'success')
              load()
            }}
          />
        </section>
      </div>
    </Layout>
  )
}
