import { useTranslation } from 'react-i18next'
import { Field } from '../../components/Field'
import type { MethodologySummary } from './types'

/** Whether a pack's names are our working wording rather than the official text. */
export function hasWorkingNames(pack: MethodologySummary): boolean {
  return pack.status === 'working' || pack.factors.some((f) => f.workingName)
}

/** Pick the methodology pack; warns when its factor names are working names. */
export function MethodologyPicker({
  packs,
  value,
  onChange,
}: {
  packs: MethodologySummary[]
  value: string
  onChange: (id: string) => void
}) {
  const { t, i18n } = useTranslation('review')
  const pack = packs.find((p) => p.id === value)
  // `titles` is keyed by language tag; the UI language may be any string i18next reports.
  const title = (p: MethodologySummary) =>
    (p.titles as Partial<Record<string, string>> | undefined)?.[i18n.language] ?? p.title
  return (
    <div>
      <Field label={t('methodology')}>
        <select value={value} onChange={(e) => onChange(e.target.value)} name="methodologyId">
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {title(p)} ({p.version}){hasWorkingNames(p) ? ` — ${t('workingNamesShort')}` : ''}
            </option>
          ))}
        </select>
      </Field>
      {pack ? (
        <p className="field-hint">
          {t('factorCount', { count: pack.factors.length })} ·{' '}
          {t('groupsOfFactors', { count: pack.groups.length })}
        </p>
      ) : null}
      {pack && hasWorkingNames(pack) ? (
        <p className="notice notice-warn" data-testid="working-names">
          {t('workingNames')}
        </p>
      ) : null}
    </div>
  )
}
