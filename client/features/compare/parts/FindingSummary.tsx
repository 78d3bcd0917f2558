import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../shared/domain/finding'

/** One finding in compact form: quote, factor tags and risk; optional rationale and proposal. */
export function FindingSummary({
  finding,
  factorName,
  detailed = false,
  showUnit = false,
}: {
  finding: Finding
  factorName: (id: string) => string
  detailed?: boolean
  /** Name the unit (e.g. "part 2") when the finding is listed under its article. */
  showUnit?: boolean
}) {
  const { t } = useTranslation('compare')
  return (
    <div className="cmp-finding" data-finding-id={finding.id}>
      {showUnit ? <div className="cmp-meta">{finding.unitLabel}</div> : null}
      <blockquote className="cmp-quote">{finding.quote}</blockquote>
      <div className="cmp-tags">
        {finding.factorIds.length === 0 ? (
          <span className="cmp-tag cmp-tag-empty">{t('finding.untagged')}</span>
        ) : null}
        {finding.factorIds.map((id) => (
          <span key={id} className="cmp-tag">
            {factorName(id)}
          </span>
        ))}
        <span className={`cmp-risk cmp-risk-${finding.risk}`}>{t(`risk.${finding.risk}`)}</span>
      </div>
      {detailed && finding.rationale ? (
        <p className="cmp-text">
          <strong>{t('finding.rationale')}: </strong>
          {finding.rationale}
        </p>
      ) : null}
      {detailed && finding.proposal ? (
        <p className="cmp-text">
          <strong>{t('finding.proposal')}: </strong>
          {finding.proposal}
        </p>
      ) : null}
    </div>
  )
}
