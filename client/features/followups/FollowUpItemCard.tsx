/** One carried finding: old quote → new wording, its state, the proposal, the drafting body's answer, the verdict. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../shared/domain/finding'
import { type FollowUpItem, VERDICTS, type Verdict } from '../../../shared/domain/followUp'
import { Button } from '../../components/Button'
import { WordDiff } from './WordDiff'

type Props = {
  item: FollowUpItem
  finding: Finding | undefined
  canDecide: boolean
  busy: boolean
  onVerdict: (verdict: Verdict, note: string) => void
}

export function FollowUpItemCard({ item, finding, canDecide, busy, onVerdict }: Props) {
  const { t } = useTranslation('followUp')
  const [note, setNote] = useState(item.note)
  // Another expert's note arrives with the reloaded follow-up.
  useEffect(() => setNote(item.note), [item.note])
  const response = finding?.response
  return (
    <article
      className="fu-item"
      data-verdict={item.verdict}
      data-state={item.state}
      data-testid="follow-up-item"
    >
      <h3>
        {item.unitLabel}
        {item.toUnitLabel && item.toUnitLabel !== item.unitLabel ? ` → ${item.toUnitLabel}` : ''}{' '}
        <span className="badge" data-testid="item-state">
          {t(`state.${item.state}`)}
        </span>{' '}
        {item.proposal ? (
          <span className={`badge${item.proposalAdopted ? '' : ' badge-warn'}`} data-testid="item-adopted">
            {t(item.proposalAdopted ? 'item.adopted' : 'item.notAdopted')}
          </span>
        ) : null}
      </h3>
      <dl className="fu-grid">
        <dt>{t('item.wording')}</dt>
        <dd data-testid="item-wording">
          {item.state === 'removed' ? (
            <span className="word-diff">
              <del>{item.quote}</del>
            </span>
          ) : (
            <WordDiff before={item.quote} after={item.newText ?? ''} />
          )}
        </dd>
        {item.proposal ? (
          <>
            <dt>{t('item.proposal')}</dt>
            <dd>{item.proposal}</dd>
          </>
        ) : null}
        <dt>{t('item.response')}</dt>
        <dd data-testid="item-response">
          {response
            ? `${t(`response.${response.status}`)}${response.reason ? ` — ${response.reason}` : ''}`
            : t('response.none')}
        </dd>
        <dt>{t('item.verdict')}</dt>
        <dd data-testid="item-verdict">
          {t(`verdict.${item.verdict}`)}
          {item.verdictBy && item.verdict !== 'pending' ? (
            <span className="muted"> · {item.verdictBy.name}</span>
          ) : null}
        </dd>
      </dl>
      {canDecide ? (
        <>
          <label className="field-label" htmlFor={`note-${item.findingId}`}>
            {t('item.note')}
          </label>
          <textarea
            id={`note-${item.findingId}`}
            className="fu-note"
            value={note}
            maxLength={10_000}
            onChange={(e) => setNote(e.target.value)}
            data-testid="item-note"
          />
          <div className="fu-verdicts" role="group" aria-label={t('item.verdict')}>
            {VERDICTS.map((v) => (
              <Button
                key={v}
                aria-pressed={item.verdict === v}
                disabled={busy}
                onClick={() => onVerdict(v, note)}
                data-testid={`verdict-${v}`}
              >
                {t(`verdict.${v}`)}
              </Button>
            ))}
          </div>
        </>
      ) : item.note ? (
        <p data-testid="item-note-text">{item.note}</p>
      ) : null}
    </article>
  )
}
