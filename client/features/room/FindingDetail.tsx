/**
 * One finding in full: factors (picker), risk, status, author and time, rationale and proposal as
 * collaborative rich text, discussion and votes, resolve/reopen, and its audit trail.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Actor, FindingPatch } from '../../../shared/collab/roomDoc'
import {
  FINDING_LIMITS,
  FINDING_STATUSES,
  PROPOSAL_KINDS,
  type ProposalKind,
  RISK_LEVELS,
} from '../../../shared/domain/finding'
import type { FindingSummary } from '../../collab/findingsStore'
import { publishEditing } from '../../collab/presence'
import { LabeledSelect } from '../../components/LabeledSelect'
import { RichTextField } from '../../editor/RichTextField'
import { AuditTrail } from './AuditTrail'
import { patchFinding, removeFinding } from './actions'
import { findingColor } from './colors'
import { Discussion } from './Discussion'
import { FactorPicker } from './FactorPicker'
import { factorNameOf, isWorkingName, localized } from './packText'
import { formatTime } from './time'
import type { Pack } from './types'

/** The two scales a finding is rated on, by field. */
const SCALES = { risk: RISK_LEVELS, status: FINDING_STATUSES } as const

/** Props of the finding detail. */
export type FindingDetailProps = {
  doc: Y.Doc
  provider: WebsocketProvider | null
  finding: FindingSummary
  findingMap: Y.Map<unknown> | undefined
  pack: Pack | null
  lang: string
  me: Actor & { color: string }
  readOnly: boolean
  pickerOpen: boolean
  setPickerOpen: (open: boolean) => void
  onShowInDraft: () => void
  onClose: () => void
}

/** The finding detail panel. */
export function FindingDetail(p: FindingDetailProps) {
  const { t } = useTranslation('room')
  const { finding: f, doc, me, readOnly } = p
  const [confirmDelete, setConfirmDelete] = useState(false)
  const editFactors = useRef<HTMLButtonElement>(null)
  const pickerWasOpen = useRef(p.pickerOpen)
  // Keyboard users land back on "Choose factors" when the picker closes.
  useEffect(() => {
    if (pickerWasOpen.current && !p.pickerOpen) editFactors.current?.focus()
    pickerWasOpen.current = p.pickerOpen
  }, [p.pickerOpen])
  const rationale = p.findingMap?.get('rationale')
  const proposal = p.findingMap?.get('proposal')
  const tools = { bold: t('text.bold'), italic: t('text.italic'), list: t('text.list') }
  const focus = (field: 'rationale' | 'proposal') => (on: boolean) =>
    publishEditing(p.provider, on ? { findingId: f.id, field } : null)
  // Closing the detail while typing never fires blur: clear our "editing" presence then too.
  const { provider } = p
  const findingId = f.id
  useEffect(
    () => () => {
      const editing = provider?.awareness.getLocalState()?.editingFinding as
        | { findingId?: string }
        | null
        | undefined
      if (editing?.findingId === findingId) publishEditing(provider, null)
    },
    [provider, findingId],
  )

  return (
    <article
      className="finding-detail"
      data-testid="finding-detail"
      data-finding-id={f.id}
      aria-labelledby={`fd-${f.id}`}
    >
      <div className="fd-head">
        <button type="button" className="btn btn-ghost" onClick={p.onClose} data-testid="finding-close">
          ← {t('detail.back')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={p.onShowInDraft}>
          {t('detail.showInDraft')}
        </button>
      </div>
      <h3 id={`fd-${f.id}`} className="fd-title">
        <span
          className="fi-swatch"
          style={{ background: findingColor(p.pack, f.factorIds) }}
          aria-hidden="true"
        />
        {f.unitLabel}
      </h3>
      <blockquote className="fd-quote" data-testid="finding-quote">
        {f.quote}
      </blockquote>
      <p className="fd-meta">
        {t('detail.byAt', { name: f.author.name, time: formatTime(f.createdAt, p.lang) })}
      </p>

      <section className="fd-factors" aria-label={t('detail.factors')}>
        <h4>{t('detail.factors')}</h4>
        {f.factorIds.length === 0 ? <p className="muted">{t('detail.noFactors')}</p> : null}
        <ul className="chips" data-testid="finding-factors">
          {f.factorIds.map((id) => {
            const factor = p.pack?.factors.find((x) => x.id === id)
            return (
              <li key={id} className="chip" data-factor-id={id}>
                {factor ? localized(factor.name, p.lang) : id}
                {factor && p.pack && isWorkingName(p.pack, factor) ? (
                  <span className="fp-working">{t('picker.workingName')}</span>
                ) : null}
              </li>
            )
          })}
        </ul>
        {!readOnly && p.pack ? (
          p.pickerOpen ? (
            <FactorPicker
              pack={p.pack}
              lang={p.lang}
              selected={f.factorIds}
              onChange={(ids) => patchFinding(doc, f.id, { factorIds: ids }, me)}
              onClose={() => p.setPickerOpen(false)}
            />
          ) : (
            <button
              ref={editFactors}
              type="button"
              className="btn btn-secondary"
              onClick={() => p.setPickerOpen(true)}
              data-testid="edit-factors"
            >
              {t('detail.editFactors')}
            </button>
          )
        ) : null}
      </section>

      <div className="fd-selects">
        {(['risk', 'status'] as const).map((field) => (
          <LabeledSelect
            key={field}
            label={t(`detail.${field}`)}
            value={f[field]}
            disabled={readOnly}
            testId={`finding-${field}`}
            onChange={(value) => patchFinding(doc, f.id, { [field]: value } as FindingPatch, me)}
            options={SCALES[field].map((v) => ({ value: v, label: t(`${field}.${v}`) }))}
          />
        ))}
      </div>

      <section className="fd-text">
        <h4 id={`rat-${f.id}`}>{t('detail.rationale')}</h4>
        {rationale instanceof Y.XmlFragment ? (
          <RichTextField
            key={`r-${f.id}`}
            fragment={rationale}
            provider={p.provider}
            user={me}
            editable={!readOnly}
            label={t('detail.rationale')}
            maxChars={FINDING_LIMITS.maxRationaleChars}
            tooLongMessage={t('detail.tooLong', { max: FINDING_LIMITS.maxRationaleChars })}
            testId="rationale-editor"
            tools={tools}
            onFocusChange={focus('rationale')}
          />
        ) : null}
        <h4>{t('detail.proposal')}</h4>
        <LabeledSelect
          className="fd-kind"
          label={t('detail.proposalKind')}
          value={f.proposalKind ?? ''}
          disabled={readOnly}
          testId="proposal-kind"
          onChange={(proposalKind: ProposalKind) => patchFinding(doc, f.id, { proposalKind }, me)}
          leading={[{ value: '', label: t('detail.proposalKindNone'), disabled: true }]}
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: t(`proposalKind.${k}`) }))}
        />
        {proposal instanceof Y.XmlFragment ? (
          <RichTextField
            key={`p-${f.id}`}
            fragment={proposal}
            provider={p.provider}
            user={me}
            editable={!readOnly}
            label={t('detail.proposal')}
            maxChars={FINDING_LIMITS.maxProposalChars}
            tooLongMessage={t('detail.tooLong', { max: FINDING_LIMITS.maxProposalChars })}
            testId="proposal-editor"
            tools={tools}
            onFocusChange={focus('proposal')}
          />
        ) : null}
      </section>

      {!readOnly ? (
        <div className="fd-actions">
          <button
            type="button"
            className="btn btn-secondary"
            data-testid="finding-resolve"
            onClick={() => patchFinding(doc, f.id, { resolved: !f.resolved }, me)}
          >
            {f.resolved ? t('detail.reopen') : t('detail.resolve')}
          </button>
          {confirmDelete ? (
            <span className="fd-confirm">
              {t('detail.confirmDelete')}{' '}
              <button
                type="button"
                className="btn btn-danger"
                data-testid="finding-delete-confirm"
                onClick={() => {
                  removeFinding(doc, f.id, me)
                  p.onClose()
                }}
              >
                {t('detail.delete')}
              </button>{' '}
              <button type="button" className="btn btn-ghost" onClick={() => setConfirmDelete(false)}>
                {t('cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="finding-delete"
              onClick={() => setConfirmDelete(true)}
            >
              {t('detail.delete')}
            </button>
          )}
        </div>
      ) : f.resolved ? (
        <p className="muted">{t('detail.resolved')}</p>
      ) : null}

      <Discussion doc={doc} findingId={f.id} me={me} readOnly={readOnly} lang={p.lang} />

      <details className="fd-audit">
        <summary>{t('audit.forFinding')}</summary>
        <AuditTrail doc={doc} findingId={f.id} lang={p.lang} factorName={factorNameOf(p.pack, p.lang)} />
      </details>
    </article>
  )
}
