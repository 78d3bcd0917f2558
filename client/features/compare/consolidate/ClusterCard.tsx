import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClusterDecision } from '../../../../shared/collab/roomDoc'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding } from '../../../../shared/domain/finding'
import { Button } from '../../../components/Button'
import { FindingSummary } from '../parts/FindingSummary'
import type { Cluster } from '../types'
import { type MergeChoice, mergeFactors, type TextChoice } from './merge'

/** The expert's input for one cluster. */
export type ClusterActions = {
  accept: (choice: MergeChoice) => void
  reject: (reason: string) => void
  reopen: () => void
}

function choiceValue(c: TextChoice): string {
  return c.kind === 'merge' ? 'merge' : c.findingId
}
function toChoice(v: string): TextChoice {
  return v === 'merge' ? { kind: 'merge' } : { kind: 'from', findingId: v }
}

/** One cluster: its place, each group's finding, and accept (with choices) / reject (with reason). */
export function ClusterCard({
  cluster,
  findings,
  unit,
  decision,
  canEdit,
  groupName,
  factorName,
  actions,
}: {
  cluster: Cluster
  findings: Finding[]
  unit?: Unit
  decision?: ClusterDecision
  canEdit: boolean
  groupName: (id: string) => string
  factorName: (id: string) => string
  actions: ClusterActions
}) {
  const { t } = useTranslation('compare')
  const merged = mergeFactors(findings)
  const [rationale, setRationale] = useState<TextChoice>({ kind: 'merge' })
  const [proposal, setProposal] = useState<TextChoice>({ kind: 'merge' })
  const [factorIds, setFactorIds] = useState<string[]>(merged)
  const [reason, setReason] = useState('')
  const [rejecting, setRejecting] = useState(false)
  const id = `cl-${cluster.findingIds.join('-')}`
  const textPicker = (field: 'rationale' | 'proposal', value: TextChoice, set: (c: TextChoice) => void) => (
    <label className="field">
      <span className="field-label">{t(`consolidate.${field}From`)}</span>
      <select
        value={choiceValue(value)}
        onChange={(e) => set(toChoice(e.target.value))}
        data-testid={`${field}-choice`}
      >
        <option value="merge">{t('consolidate.mergeAll')}</option>
        {findings
          .filter((f) => f[field].trim())
          .map((f) => (
            <option key={f.id} value={f.id}>
              {groupName(f.groupId)}: {f[field].slice(0, 60)}
            </option>
          ))}
      </select>
    </label>
  )
  return (
    <article
      className={`cmp-cluster cmp-cluster-${decision?.status ?? 'open'}`}
      aria-labelledby={`${id}-h`}
      data-testid="cluster-card"
    >
      <header className="cmp-cluster-head">
        <h3 id={`${id}-h`}>{unit?.label ?? findings[0]?.unitLabel ?? cluster.unitId}</h3>
        <span className="cmp-meta">
          {t('consolidate.groupsFound', {
            count: cluster.groupIds.length,
            groups: cluster.groupIds.map(groupName).join(', '),
          })}
        </span>
      </header>
      {unit ? (
        <blockquote className="cmp-quote">{unit.text.slice(cluster.start, cluster.end)}</blockquote>
      ) : null}
      <ul className="cmp-sources">
        {findings.map((f) => (
          <li key={f.id}>
            <span className="cmp-source-group">{groupName(f.groupId)}</span>
            <FindingSummary finding={f} factorName={factorName} detailed />
          </li>
        ))}
      </ul>
      {decision ? (
        <div className="cmp-decision" role="status">
          <p>
            {decision.status === 'accepted'
              ? t('consolidate.acceptedBy', { name: decision.by.name })
              : t('consolidate.rejectedBy', { name: decision.by.name, reason: decision.reason ?? '' })}
          </p>
          {canEdit ? (
            <Button variant="ghost" onClick={actions.reopen}>
              {t('consolidate.reopen')}
            </Button>
          ) : null}
        </div>
      ) : canEdit && findings.length ? (
        <div className="cmp-decide">
          <fieldset className="cmp-factors-pick">
            <legend>{t('consolidate.factors')}</legend>
            {merged.map((f) => (
              <label key={f} className="cmp-check">
                <input
                  type="checkbox"
                  checked={factorIds.includes(f)}
                  onChange={(e) =>
                    setFactorIds(
                      e.target.checked
                        ? merged.filter((x) => x === f || factorIds.includes(x))
                        : factorIds.filter((x) => x !== f),
                    )
                  }
                />
                {factorName(f)}
              </label>
            ))}
          </fieldset>
          <div className="cmp-row">
            {textPicker('rationale', rationale, setRationale)}
            {textPicker('proposal', proposal, setProposal)}
          </div>
          <div className="cmp-row">
            <Button
              variant="primary"
              onClick={() => actions.accept({ rationale, proposal, factorIds })}
              data-testid="accept-cluster"
            >
              {t('consolidate.accept')}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting((v) => !v)} aria-expanded={rejecting}>
              {t('consolidate.reject')}
            </Button>
          </div>
          {rejecting ? (
            <form
              className="cmp-reject"
              onSubmit={(e) => {
                e.preventDefault()
                if (reason.trim()) actions.reject(reason)
              }}
            >
              <label className="field">
                <span className="field-label">{t('consolidate.rejectReason')}</span>
                <textarea
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  required
                  maxLength={5000}
                  rows={2}
                />
              </label>
              <Button type="submit" variant="danger" disabled={!reason.trim()}>
                {t('consolidate.confirmReject')}
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}
    </article>
  )
}
