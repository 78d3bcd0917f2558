/**
 * Add a finding to the conclusion that no group marked: a unit, a span of its text, factors, risk,
 * rationale and proposal. Written to the consolidated room, so other experts see it at once.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import type { Risk } from '../../../../shared/domain/finding'
import { FINDING_LIMITS } from '../../../../shared/domain/finding'
import { type AuthoredInput, checkSpan } from './authoring'
import { InlineForm, SpanField } from './InlineForm'
import { RiskSelect } from './RiskSelect'

/** The form; `onAdd` receives a checked input (non-empty span inside the unit). */
export function AuthorFindingForm({
  units,
  factorIds,
  factorName,
  onAdd,
}: {
  units: readonly Unit[]
  factorIds: readonly string[]
  factorName: (id: string) => string
  onAdd: (input: AuthoredInput) => void
}) {
  const { t } = useTranslation('compare')
  const [unitId, setUnitId] = useState('')
  const [span, setSpan] = useState({ start: 0, end: 0 })
  const [factors, setFactors] = useState<string[]>([])
  const [risk, setRisk] = useState<Risk>('medium')
  const [rationale, setRationale] = useState('')
  const [proposal, setProposal] = useState('')
  const unit = units.find((u) => u.id === unitId)
  const check = unit ? checkSpan(unit, span.start, span.end) : null
  const reset = () => {
    setSpan({ start: 0, end: 0 })
    setFactors([])
    setRationale('')
    setProposal('')
  }
  return (
    <InlineForm
      opener={{ label: t('author.open'), variant: 'secondary', testId: 'author-open' }}
      label={t('author.title')}
      testId="author-form"
      submit={{ label: t('author.add'), testId: 'author-add', disabled: !check?.ok }}
      onSubmit={() => {
        if (!unit || !check?.ok) return false
        onAdd({ unit, start: check.start, end: check.end, factorIds: factors, risk, rationale, proposal })
        reset()
        return true
      }}
    >
      <h3>{t('author.title')}</h3>
      <label className="field">
        <span className="field-label">{t('author.unit')}</span>
        <select
          value={unitId}
          onChange={(e) => {
            setUnitId(e.target.value)
            setSpan({ start: 0, end: 0 })
          }}
          data-testid="author-unit"
          required
        >
          <option value="">{t('author.chooseUnit')}</option>
          {units
            .filter((u) => u.text.trim())
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
        </select>
      </label>
      {unit && check ? (
        <SpanField
          key={unit.id}
          unit={unit}
          span={span}
          onChange={setSpan}
          check={check}
          showProblem={span.end > 0}
        />
      ) : null}
      <fieldset className="cmp-factors-pick">
        <legend>{t('consolidate.factors')}</legend>
        {factorIds.map((f) => (
          <label key={f} className="cmp-check">
            <input
              type="checkbox"
              checked={factors.includes(f)}
              onChange={(e) =>
                setFactors(e.target.checked ? [...factors, f] : factors.filter((x) => x !== f))
              }
            />
            {factorName(f)}
          </label>
        ))}
      </fieldset>
      <RiskSelect value={risk} onChange={setRisk} testId="author-risk" />
      <div className="cmp-row">
        <label className="field">
          <span className="field-label">{t('finding.rationale')}</span>
          <textarea
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            maxLength={FINDING_LIMITS.maxRationaleChars}
            rows={3}
            data-testid="author-rationale"
          />
        </label>
        <label className="field">
          <span className="field-label">{t('finding.proposal')}</span>
          <textarea
            value={proposal}
            onChange={(e) => setProposal(e.target.value)}
            maxLength={FINDING_LIMITS.maxProposalChars}
            rows={3}
            data-testid="author-proposal"
          />
        </label>
      </div>
    </InlineForm>
  )
}
