import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../i18n'
import { alphaBand } from '../model/compareModel'
import type { Comparison } from '../types'

/** Format a 0..1 share as a percentage in the UI language. */
export function percent(v: number | null | undefined, lang: string): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '—'
  try {
    return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(v)
  } catch {
    return `${Math.round(v * 100)}%`
  }
}

/** Krippendorff's alpha and the pairwise F1 matrix, each with an explanation in plain words. */
export function AgreementPanel({
  comparison,
  groupName,
}: {
  comparison: Comparison
  groupName: (id: string) => string
}) {
  const { t, i18n } = useTranslation('compare')
  const { alpha, pairwiseF1 } = comparison.agreement
  const band = alphaBand(alpha)
  const groups = comparison.groups
  const f1For = (a: string, b: string): number | null | undefined =>
    pairwiseF1[`${a}|${b}`] ?? pairwiseF1[`${b}|${a}`]
  return (
    <section className="cmp-card" aria-labelledby="cmp-agreement">
      <h2 id="cmp-agreement">{t('agreement.title')}</h2>
      <div className="cmp-alpha">
        <span className={`cmp-alpha-value cmp-band-${band}`} data-testid="alpha-value">
          {alpha === null ? '—' : formatNumber(Math.round(alpha * 100) / 100, i18n.language)}
        </span>
        <div>
          <p className="cmp-alpha-name">{t('agreement.alphaName')}</p>
          <p>{t(`agreement.band.${band}`)}</p>
        </div>
      </div>
      <p className="cmp-hint">{t('agreement.alphaExplain')}</p>
      {groups.length > 1 ? (
        <>
          <h3>{t('agreement.pairwiseTitle')}</h3>
          <p className="cmp-hint">{t('agreement.pairwiseExplain')}</p>
          <div className="cmp-table-wrap">
            <table className="cmp-table cmp-matrix">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('agreement.group')}</span>
                  </th>
                  {groups.map((g) => (
                    <th key={g} scope="col">
                      {groupName(g)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {groups.map((a) => (
                  <tr key={a}>
                    <th scope="row">{groupName(a)}</th>
                    {groups.map((b) => (
                      <td key={b} className={a === b ? 'cmp-diag' : undefined}>
                        {a === b ? '' : percent(f1For(a, b), i18n.language)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  )
}
