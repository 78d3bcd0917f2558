import { useTranslation } from 'react-i18next'
import {
  factorsByGroup,
  inLanguage,
  type PackSummary,
  packHasWorkingNames,
  packTitle,
  safeHref,
} from './packs'

/** The acts a pack rests on, linked when the address is a web link. */
function LegalBasis({ pack }: { pack: PackSummary }) {
  const { t } = useTranslation('admin')
  if (!pack.legalBasis?.length) return null
  return (
    <div className="pack-basis">
      <h4>{t('packs.legalBasis')}</h4>
      <ul>
        {pack.legalBasis.map((b, i) => {
          const href = safeHref(b.url)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from the pack; titles may repeat.
            <li key={`${b.title}|${i}`}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {b.title}
                </a>
              ) : (
                b.title
              )}
              {b.verified ? null : <span className="badge badge-warn">{t('packs.unverifiedSource')}</span>}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

/** Groups and their factors (names and descriptions in the UI language), folded by default. */
function PackFactors({ pack, lang }: { pack: PackSummary; lang: string }) {
  const { t } = useTranslation('admin')
  const working = pack.status === 'working'
  return (
    <details className="pack-details" data-testid="pack-details">
      <summary>{t('packs.showFactors')}</summary>
      {factorsByGroup(pack).map(({ group, factors }) => (
        <section key={group?.id ?? '—'} className="pack-group">
          <h4>
            {group?.color ? (
              <span className="pack-swatch" style={{ background: group.color }} aria-hidden="true" />
            ) : null}
            {group ? inLanguage(group.name, lang) : t('packs.noGroup')}
            {group?.status === 'inferred' ? (
              <span className="badge badge-warn">{t('packs.inferredGroup')}</span>
            ) : null}
          </h4>
          <dl className="pack-factors">
            {factors.map((f) => (
              <div key={f.id} className="pack-factor" data-factor-id={f.id}>
                <dt>
                  {inLanguage(f.name, lang)}{' '}
                  {working || f.workingName ? (
                    <span className="badge badge-warn">{t('packs.workingNameBadge')}</span>
                  ) : null}
                </dt>
                {f.description ? <dd>{inLanguage(f.description, lang)}</dd> : null}
              </div>
            ))}
          </dl>
        </section>
      ))}
    </details>
  )
}

/** Every methodology pack (newest version of each id) with its sources and factors. */
export function PackList({ packs }: { packs: PackSummary[] }) {
  const { t, i18n } = useTranslation('admin')
  const lang = i18n.resolvedLanguage ?? i18n.language
  return (
    <ul className="card-list" data-testid="pack-list">
      {packs.map((pack) => (
        <li key={pack.id} className="card pack-card" data-testid="pack-item" data-pack-id={pack.id}>
          <h3 className="list-card-title">{packTitle(pack, lang)}</h3>
          <p className="meta">
            <code translate="no">{pack.id}</code>
            <span>{t('packs.version', { version: pack.version })}</span>
            {pack.jurisdiction ? <span>{t('packs.jurisdiction', { code: pack.jurisdiction })}</span> : null}
            <span>
              {t('packs.groupCount', { count: pack.groups.length })} ·{' '}
              {t('packs.factorCount', { count: pack.factors.length })}
            </span>
            {packHasWorkingNames(pack) ? (
              <span className="badge badge-warn" data-testid="pack-working-names">
                {t('packs.workingNames')}
              </span>
            ) : pack.sourceLanguage && pack.sourceLanguage !== lang ? (
              // A translation of an official text is not the official wording.
              <span className="badge" data-testid="pack-translated-names">
                {t('packs.translatedNames')}
              </span>
            ) : (
              <span className="badge">{t('packs.officialNames')}</span>
            )}
          </p>
          {pack.notes ? <p className="field-hint">{inLanguage(pack.notes, lang)}</p> : null}
          <LegalBasis pack={pack} />
          <PackFactors pack={pack} lang={lang} />
        </li>
      ))}
    </ul>
  )
}
