/** The risk level picker of a consolidated finding, labelled "Risk", in the compare catalogue's words. */
import { useTranslation } from 'react-i18next'
import type { Risk } from '../../../../shared/domain/finding'
import { RISK_LEVELS } from '../../../../shared/domain/finding'

export function RiskSelect({
  value,
  onChange,
  testId,
}: {
  value: Risk
  onChange: (risk: Risk) => void
  testId?: string
}) {
  const { t } = useTranslation('compare')
  return (
    <label className="cmp-inline-field">
      <span>{t('finding.risk')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Risk)} data-testid={testId}>
        {RISK_LEVELS.map((r) => (
          <option key={r} value={r}>
            {t(`risk.${r}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
