import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import { findingsMap } from '../../../../shared/collab/roomDoc'
import type { Unit } from '../../../../shared/domain/draft'
import type { Finding, Risk } from '../../../../shared/domain/finding'
import type { ResponseStatus } from '../types'
import { FragmentEditor } from './FragmentEditor'
import { ResponseForm } from './ResponseForm'
import { RiskSelect } from './RiskSelect'
import { SpanAdjuster } from './SpanAdjuster'

/** One finding of the conclusion: place, factors, risk, its sources, live rationale/proposal, response. */
export function ConsolidatedFindingCard({
  doc,
  finding,
  canEdit,
  groupName,
  factorName,
  sourceQuote,
  onRisk,
  onRespond,
  unit,
  onAdjust,
}: {
  doc: Y.Doc
  finding: Finding
  canEdit: boolean
  groupName: (id: string) => string
  factorName: (id: string) => string
  sourceQuote: (groupId: string, findingId: string) => string | undefined
  onRisk: (risk: Risk) => void
  onRespond: (status: ResponseStatus, reason: string) => void
  /** The finding's unit; with `onAdjust`, experts can move the span within it. */
  unit?: Unit
  onAdjust?: (start: number, end: number) => void
}) {
  const { t } = useTranslation('compare')
  const map = findingsMap(doc).get(finding.id)
  const rationale = map?.get('rationale')
  const proposal = map?.get('proposal')
  return (
    <article
      className="cmp-conclusion-item"
      aria-labelledby={`cf-${finding.id}`}
      data-testid="consolidated-finding"
    >
      <header className="cmp-cluster-head">
        <h3 id={`cf-${finding.id}`}>{finding.unitLabel}</h3>
        {canEdit ? (
          <RiskSelect value={finding.risk} onChange={onRisk} />
        ) : (
          <span className={`cmp-risk cmp-risk-${finding.risk}`}>{t(`risk.${finding.risk}`)}</span>
        )}
      </header>
      <blockquote className="cmp-quote" data-testid="consolidated-quote">
        {finding.quote}
      </blockquote>
      {canEdit && unit && onAdjust ? (
        <SpanAdjuster finding={finding} unit={unit} onAdjust={onAdjust} />
      ) : null}
      <div className="cmp-tags">
        {finding.factorIds.map((id) => (
          <span key={id} className="cmp-tag">
            {factorName(id)}
          </span>
        ))}
      </div>
      <div className="cmp-sources-box">
        <h4>{t('consolidate.sources')}</h4>
        <ul className="cmp-plain-list" data-testid="finding-sources">
          {(finding.sources ?? []).map((s) => (
            <li key={`${s.groupId}|${s.findingId}`}>
              <span className="cmp-source-group">{groupName(s.groupId)}</span>
              {sourceQuote(s.groupId, s.findingId) ? (
                <q className="cmp-inline-quote">{sourceQuote(s.groupId, s.findingId)}</q>
              ) : null}
            </li>
          ))}
          {(finding.sources ?? []).length === 0 ? (
            <li className="cmp-hint">{t('consolidate.noSources')}</li>
          ) : null}
        </ul>
      </div>
      <div className="cmp-texts">
        <div>
          <h4>{t('finding.rationale')}</h4>
          {rationale instanceof Y.XmlFragment ? (
            <FragmentEditor
              fragment={rationale}
              editable={canEdit}
              label={t('finding.rationale')}
              testId="rationale-editor"
            />
          ) : null}
        </div>
        <div>
          <h4>{t('finding.proposal')}</h4>
          {proposal instanceof Y.XmlFragment ? (
            <FragmentEditor
              fragment={proposal}
              editable={canEdit}
              label={t('finding.proposal')}
              testId="proposal-editor"
            />
          ) : null}
        </div>
      </div>
      <ResponseForm
        key={finding.response?.recordedAt ?? 'none'}
        response={finding.response}
        canEdit={canEdit}
        onSave={onRespond}
      />
    </article>
  )
}
