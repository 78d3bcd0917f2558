/**
 * `/drafts/:id/compare?from=&to=`: two versions side by side, article by article, with the changed
 * words marked; filters (changed, added, removed), a jump list of changed articles, and the Uzbek
 * text in the other script on demand.
 */
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VersionDiff } from '../../../shared/domain/followUp'
import { Layout } from '../../app/Layout'
import { Link, navigate, useRoute } from '../../app/router'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Spinner'
import { WordDiff } from '../followups/WordDiff'
import { type DraftDetail, getDraft, getVersionDiff } from './api'
import { useTransliterator } from './translit'
import {
  COMPARE_FILTERS,
  type CompareFilter,
  type CompareRow,
  compareSections,
  countOps,
  filterSections,
} from './versionCompare'
import '../followups/followups.css'

/** Rows shown at once; more on request (a 1.5 MB act has thousands). */
const PAGE = 400

type Loaded = { from: DraftDetail; to: DraftDetail; diff: VersionDiff }

export function VersionComparePage({ draftId }: { draftId: string }) {
  const { t } = useTranslation('followUp')
  const { query } = useRoute()
  const [data, setData] = useState<Loaded | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [filter, setFilter] = useState<CompareFilter>('changes')
  const [limit, setLimit] = useState(PAGE)
  const [otherScript, setOtherScript] = useState(false)
  const fromParam = query.get('from')
  const toParam = query.get('to')

  useEffect(() => {
    let alive = true
    setData(null)
    setError(null)
    ;(async () => {
      const latest = await getDraft(draftId, toParam ?? undefined)
      const versions = [...(latest.versions ?? [])].sort((a, b) => a.number - b.number)
      const toIndex = versions.findIndex((v) => v.id === latest.versionId)
      const fromId = fromParam ?? versions[Math.max(0, toIndex - 1)]?.id ?? latest.versionId
      const [from, diff] = await Promise.all([
        getDraft(draftId, fromId),
        getVersionDiff(draftId, fromId, latest.versionId),
      ])
      if (alive) setData({ from, to: latest, diff })
    })().catch((e) => alive && setError(e))
    return () => {
      alive = false
    }
  }, [draftId, fromParam, toParam])

  const isUzbek = data?.to.language === 'uz-Latn' || data?.to.language === 'uz-Cyrl'
  const transliterate = useTransliterator(isUzbek)
  const target = data?.to.language === 'uz-Latn' ? 'uz-Cyrl' : 'uz-Latn'
  const shown = (text: string) => (otherScript && transliterate ? transliterate(text, target) : text)
  const sections = useMemo(
    () => (data ? compareSections(data.diff.pairs, data.from.units, data.to.units) : []),
    [data],
  )
  const visible = useMemo(() => filterSections(sections, filter), [sections, filter])
  const ops = useMemo(() => countOps(data?.diff.pairs ?? []), [data])

  if (error)
    return (
      <Layout>
        <ErrorMessage error={error} />
      </Layout>
    )
  if (!data) return <Loading />
  const versions = [...(data.to.versions ?? [])].sort((a, b) => a.number - b.number)
  const numberOf = (id: string) => versions.find((v) => v.id === id)?.number ?? '?'
  const go = (from: string, to: string) =>
    navigate(
      `/drafts/${encodeURIComponent(draftId)}/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    )
  let budget = limit
  const jumpList = sections.filter((s) => s.changes > 0)

  return (
    <Layout wide>
      <div className="page-head">
        <div>
          <p className="breadcrumb">
            <Link to={`/drafts/${encodeURIComponent(draftId)}`}>{data.to.title}</Link>
          </p>
          <h1>
            {t('compare.title', { from: numberOf(data.from.versionId), to: numberOf(data.to.versionId) })}
          </h1>
          <p className="meta" data-testid="compare-counts">
            {t('compare.counts', {
              changed: ops.changed,
              added: ops.added,
              removed: ops.removed,
              same: ops.same,
            })}
          </p>
        </div>
        <div className="page-actions">
          <VersionSelect
            label={t('compare.from')}
            value={data.from.versionId}
            versions={versions}
            onPick={(id) => go(id, data.to.versionId)}
            testId="compare-from"
          />
          <VersionSelect
            label={t('compare.to')}
            value={data.to.versionId}
            versions={versions}
            onPick={(id) => go(data.from.versionId, id)}
            testId="compare-to"
          />
          {isUzbek ? (
            <Button
              aria-pressed={otherScript}
              disabled={!transliterate}
              onClick={() => setOtherScript((v) => !v)}
            >
              {t(target === 'uz-Cyrl' ? 'compare.showCyrillic' : 'compare.showLatin')}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="vc-filters" role="group" aria-label={t('compare.filterLabel')}>
        {COMPARE_FILTERS.map((f) => (
          <Button
            key={f}
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            data-testid={`compare-filter-${f}`}
          >
            {t(`compare.filters.${f}`)}
          </Button>
        ))}
      </div>
      <div className="vc-layout">
        <nav className="vc-jump" aria-label={t('compare.jump')}>
          <h2>{t('compare.jump')}</h2>
          {jumpList.length ? (
            <ol>
              {jumpList.map((s) => (
                <li key={s.key}>
                  <a href={`#${s.key}`}>{s.label || t('compare.start')}</a>{' '}
                  <span className="muted">({s.changes})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">{t('compare.noChanges')}</p>
          )}
        </nav>
        <div data-testid="compare-pairs">
          <div className="vc-pair vc-head" aria-hidden="true">
            <strong>{t('compare.version', { n: numberOf(data.from.versionId) })}</strong>
            <strong>{t('compare.version', { n: numberOf(data.to.versionId) })}</strong>
          </div>
          {visible.length === 0 ? <p>{t('compare.nothing')}</p> : null}
          {visible.map((s) => {
            if (budget <= 0) return null
            const rows = s.rows.slice(0, budget)
            budget -= rows.length
            return (
              <section key={s.key} id={s.key} aria-label={s.label}>
                {rows.map((r) => (
                  <PairRow key={`${r.fromUnitId}|${r.toUnitId}`} row={r} shown={shown} />
                ))}
              </section>
            )
          })}
          {budget <= 0 ? (
            <Button onClick={() => setLimit((n) => n + PAGE)}>{t('compare.more')}</Button>
          ) : null}
        </div>
      </div>
    </Layout>
  )
}

function PairRow({ row, shown }: { row: CompareRow; shown: (s: string) => string }) {
  const before = shown(row.from?.text ?? '')
  const after = shown(row.to?.text ?? '')
  return (
    <div className="vc-pair" data-op={row.op} data-kind={row.kind} data-testid="compare-pair">
      <PairSide row={row} side="old" before={before} after={after} />
      <PairSide row={row} side="new" before={before} after={after} />
    </div>
  )
}

/** One column of a pair: the old text with removed words, or the new text with added ones. */
function PairSide({
  row,
  side,
  before,
  after,
}: {
  row: CompareRow
  side: 'old' | 'new'
  before: string
  after: string
}) {
  const { t } = useTranslation('followUp')
  const old = side === 'old'
  if (!(old ? row.from : row.to)) return <div className={`vc-${side}`} />
  const whole = old ? row.op === 'removed' : row.op === 'added'
  const text = old ? before : after
  return (
    <div className={`vc-${side}`}>
      <span className="vc-label">
        {old ? row.fromLabel : row.toLabel} · <span className="vc-op">{t(`compare.ops.${row.op}`)}</span>
      </span>
      {row.op === 'changed' ? (
        <WordDiff before={before} after={after} side={side} />
      ) : whole ? (
        <span className="word-diff">{old ? <del>{text}</del> : <ins>{text}</ins>}</span>
      ) : (
        text
      )}
    </div>
  )
}

/** One end of the comparison: a labelled picker over the draft's versions. */
function VersionSelect(props: {
  label: string
  value: string
  versions: readonly { id: string; number: number }[]
  onPick: (versionId: string) => void
  testId: string
}) {
  const { t } = useTranslation('followUp')
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onPick(e.target.value)} data-testid={props.testId}>
        {props.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {t('compare.version', { n: v.number })}
          </option>
        ))}
      </select>
    </label>
  )
}
