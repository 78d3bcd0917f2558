/** The risk level picker of a consolidated finding, labelled "Risk", in the compare catalogue's words. */
import { useTranslation } from 'react-i18next'
import type { Risk } from '../../../../shared/domain/finding'
import { RISK_LEVELS } from '../../../../shared/domain/finding'
import { LabeledSelect } from '../../../components/LabeledSelect'

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
    <LabeledSelect
      className="cmp-inline-field"
      label={t('finding.risk')}
      value={value}
      onChange={onChange}
      testId={testId}
      options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
    />
  )
}
