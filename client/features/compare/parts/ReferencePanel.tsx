import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/draft'
import type { ReferenceScore } from '../../../../shared/reports/views'
import { Button } from '../../../components/Button'
import { ErrorMessage } from '../../../components/ErrorMessage'
import { percent } from './AgreementPanel'

/** The reference answer: who it is (facilitators choose), each group's score, what everyone missed. */
export function ReferencePanel({
  reference,
  options,
  canChoose,
  onChoose,
  scores,
  missedByAll,
  unitsById,
  groupName,
  factorName,
}: {
  reference: string | null
  options: { id: string; name: string }[]
  canChoose: boolean
  onChoose: (reference: string | null) => Promise<void>
  scores: ReferenceScore[] | null
  missedByAll: { unitId: string; factorId: string }[] | null
  unitsById: Map<string, Unit>
  groupName: (id: string) => string
  factorName: (id: string) => string
}) {
  const { t, i18n } = useTranslation('compare')
  const [choice, setChoice] = useState(reference ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await onChoose(choice || null)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }
  const current = options.find((o) => o.id === reference)?.name
  return (
    <section className="cmp-card" aria-labelledby="cmp-reference">
      <h2 id="cmp-reference">{t('reference.title')}</h2>
      <p className="cmp-hint">{t('reference.explain')}</p>
      <p data-testid="reference-current">
        {current ? t('reference.current', { name: current }) : t('reference.unset')}
      </p>
      {canChoose ? (
        <div className="cmp-row">
          <label className="field">
            <span className="field-label">{t('reference.choose')}</span>
            <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="reference-select">
              <option value="">{t('reference.none')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void save()}
            disabled={choice === (reference ?? '')}
          >
            {t('reference.save')}
          </Button>
        </div>
      ) : null}
      <ErrorMessage error={error} />
      {scores ? (
        <div className="cmp-table-wrap">
          <table className="cmp-table" data-testid="reference-scores">
            <thead>
              <tr>
                <th scope="col">{t('reference.group')}</th>
                <th scope="col">{t('reference.precision')}</th>
                <th scope="col">{t('reference.recall')}</th>
                <th scope="col">{t('reference.f1')}</th>
                <th scope="col">{t('reference.missedFactors')}</th>
              </tr>
            </thead>
            <tbody>
              {scores.map((s) => (
                <tr key={s.groupId}>
                  <th scope="row">{groupName(s.groupId)}</th>
                  <td>{percent(s.precision, i18n.language)}</td>
                  <td>{percent(s.recall, i18n.language)}</td>
                  <td>
                    <strong>{percent(s.f1, i18n.language)}</strong>
                  </td>
                  <td>{missedFactorNames(s, factorName) || t('reference.noneMissed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="cmp-hint">{t('reference.scoreExplain')}</p>
        </div>
      ) : null}
      {missedByAll ? (
        <>
          <h3>
            {t('reference.missedByAll')} <span className="cmp-count">{missedByAll.length}</span>
          </h3>
          {missedByAll.length === 0 ? <p className="cmp-hint">{t('reference.missedByAllNone')}</p> : null}
          <ul className="cmp-plain-list" data-testid="missed-by-all">
            {missedByAll.map((c) => (
              <li key={`${c.unitId}|${c.factorId}`}>
                <span className="cmp-meta">{unitsById.get(c.unitId)?.label ?? c.unitId}</span>{' '}
                <span className="cmp-tag">{factorName(c.factorId)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

/** The distinct factors a group missed, as names in the UI language. */
export function missedFactorNames(score: ReferenceScore, factorName: (id: string) => string): string {
  return [...new Set(score.missed.map((m) => m.factorId))].map(factorName).join(', ')
}
