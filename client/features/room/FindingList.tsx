/** The side panel's list of findings: document order, filters, presence of who edits which. */
import { memo, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FINDING_STATUSES, RISK_LEVELS } from '../../../shared/domain/finding'
import type { FindingSummary } from '../../collab/findingsStore'
import type { Peer } from '../../collab/presence'
import { EmptyState } from '../../components/EmptyState'
import { LabeledSelect, type SelectOption } from '../../components/LabeledSelect'
import type { DraftIndex } from '../../editor/draftIndex'
import { findingColor } from './colors'
import { applyFilter, authorsOf, type FindingFilter, inDocumentOrder, NO_FILTER } from './findingFilters'
import { localized } from './packText'
import type { Pack } from './types'

/** Props of the findings list. */
export type FindingListProps = {
  findings: FindingSummary[]
  index: DraftIndex
  pack: Pack | null
  lang: string
  peers: Peer[]
  selectedId: string | null
  onSelect: (id: string) => void
  /** shown when there are no findings at all */
  emptyHint: string
}

/** Filters plus the list. */
export function FindingList(props: FindingListProps) {
  const { t } = useTranslation('room')
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER)
  const ordered = useMemo(() => inDocumentOrder(props.findings, props.index), [props.findings, props.index])
  const shown = useMemo(() => applyFilter(ordered, filter), [ordered, filter])
  const authors = useMemo(() => authorsOf(props.findings), [props.findings])
  const editingBy = useMemo(() => {
    const m = new Map<string, Peer[]>()
    for (const p of props.peers) {
      if (!p.editingFinding) continue
      const list = m.get(p.editingFinding.findingId) ?? []
      list.push(p)
      m.set(p.editingFinding.findingId, list)
    }
    return m
  }, [props.peers])
  const set = (k: keyof FindingFilter) => (value: string) => setFilter((f) => ({ ...f, [k]: value }))
  const anyOption = { value: '', label: t('list.any') }
  // Each filter: the field it sets, its name (label key and test id), and its choices.
  const filterSelects: [keyof FindingFilter, string, SelectOption[]][] = [
    [
      'factorId',
      'factor',
      (props.pack?.factors ?? []).map((f) => ({ value: f.id, label: localized(f.name, props.lang) })),
    ],
    ['status', 'status', FINDING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))],
    ['authorId', 'author', authors.map((a) => ({ value: a.id, label: a.name }))],
    ['risk', 'risk', RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))],
  ]

  if (props.findings.length === 0) return <EmptyState title={t('list.empty')}>{props.emptyHint}</EmptyState>
  return (
    <div className="finding-list-wrap">
      <fieldset className="finding-filters">
        <legend className="visually-hidden">{t('list.filters')}</legend>
        {filterSelects.map(([key, testId, options]) => (
          <LabeledSelect
            key={key}
            label={t(`list.${testId}`)}
            value={filter[key]}
            onChange={set(key)}
            testId={`filter-${testId}`}
            leading={
              key === 'factorId' ? [anyOption, { value: '-', label: t('list.untagged') }] : [anyOption]
            }
            options={options}
          />
        ))}
      </fieldset>
      <p className="finding-count" aria-live="polite">
        {t('list.count', { count: shown.length, total: props.findings.length })}
      </p>
      <ul className="finding-list" data-testid="finding-list">
        {shown.map((f) => (
          <FindingItem
            key={f.id}
            finding={f}
            pack={props.pack}
            lang={props.lang}
            selected={f.id === props.selectedId}
            editors={editingBy.get(f.id)}
            onSelect={props.onSelect}
          />
        ))}
      </ul>
    </div>
  )
}

type ItemProps = {
  finding: FindingSummary
  pack: Pack | null
  lang: string
  selected: boolean
  editors: Peer[] | undefined
  onSelect: (id: string) => void
}

/** One list row; memoised so 1,000 rows don't re-render when one changes. */
const FindingItem = memo(function FindingItem({
  finding: f,
  pack,
  lang,
  selected,
  editors,
  onSelect,
}: ItemProps) {
  const { t } = useTranslation('room')
  const names = f.factorIds.map((id) => localized(pack?.factors.find((x) => x.id === id)?.name, lang) || id)
  return (
    <li
      className={`finding-item${selected ? ' is-selected' : ''}${f.resolved ? ' is-resolved' : ''}`}
      data-testid="finding-item"
      data-finding-id={f.id}
    >
      <button
        type="button"
        className="finding-item-btn"
        onClick={() => onSelect(f.id)}
        aria-current={selected || undefined}
      >
        <span
          className="fi-swatch"
          style={{ background: findingColor(pack, f.factorIds) }}
          aria-hidden="true"
        />
        <span className="fi-main">
          <span className="fi-label">{f.unitLabel}</span>
          <span className="fi-quote">“{f.quote.length > 140 ? `${f.quote.slice(0, 140)}…` : f.quote}”</span>
          <span className="fi-factors">{names.length ? names.join(' · ') : t('list.untagged')}</span>
          <span className="fi-meta">
            <span className={`badge risk-${f.risk}`}>{t(`risk.${f.risk}`)}</span>
            <span className={`badge status-${f.status}`}>{t(`status.${f.status}`)}</span>
            {f.resolved ? <span className="badge">{t('detail.resolved')}</span> : null}
            <span className="fi-author">{f.author.name}</span>
          </span>
          {editors?.length ? (
            <span className="fi-editing" data-testid="finding-presence">
              {editors.map((p) => (
                <span
                  key={p.clientId}
                  className="presence-dot"
                  style={{ background: p.user.color }}
                  title={p.user.name}
                />
              ))}
              {t('list.editing', { names: editors.map((p) => p.user.name).join(', ') })}
            </span>
          ) : null}
        </span>
      </button>
    </li>
  )
})
