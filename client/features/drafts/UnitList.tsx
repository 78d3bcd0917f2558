import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Unit } from '../../../shared/domain/draft'
import { editorialRanges } from '../../../shared/structure/editorialNotes'
import { type Hit, segmentText, type TextRun } from './draftView'

const FIRST_BATCH = 300
const BATCH = 1500
/** Units per content-visibility chunk. */
const CHUNK = 40

/** A unit's DOM id, for outline links and scrolling. */
export const unitDomId = (id: string) => `unit-${id}`

type UnitHit = { start: number; end: number; n: number }

const UnitBlock = memo(function UnitBlock({
  unit,
  text,
  depth,
  hits,
  current,
}: {
  unit: Unit
  text: string
  depth: number
  hits: UnitHit[] | undefined
  current: number
}) {
  const heading = unit.kind === 'division' || unit.kind === 'article' || unit.kind === 'annex'
  const notes = useMemo(() => editorialRanges(text), [text])
  const parts = hits?.length || notes.length ? segmentText(text, hits ?? [], notes) : null
  return (
    <div
      id={unitDomId(unit.id)}
      className={`unit unit-${unit.kind}${heading ? ' unit-heading' : ''}`}
      style={{ paddingInlineStart: `${Math.min(depth, 5) * 1.25}rem` }}
      data-kind={unit.kind}
      title={unit.label}
    >
      {parts ? parts.map((p) => <Run key={p.start} run={p} current={current} />) : text}
    </div>
  )
})

/** One run of a unit's text: a search hit is marked, an editorial note (lex.uz) drawn muted. */
function Run({ run, current }: { run: TextRun; current: number }) {
  const body =
    run.hit === null ? (
      run.text
    ) : (
      <mark className={run.hit === current ? 'hit hit-current' : 'hit'} data-hit={run.hit}>
        {run.text}
      </mark>
    )
  return run.note ? <span className="unit-note">{body}</span> : <>{body}</>
}

/**
 * The draft's units, read-only, indented by depth. Renders the first few hundred at once and the rest
 * in idle batches, with `content-visibility: auto` so off-screen units cost little; `focusIndex`
 * forces rendering up to that unit and scrolls to it.
 */
export function UnitList({
  units,
  texts,
  depths,
  hits,
  currentHit,
  focus,
}: {
  units: readonly Unit[]
  texts: readonly string[]
  depths: Map<string, number>
  hits: readonly Hit[]
  currentHit: number
  focus: { index: number; seq: number } | null
}) {
  const [limit, setLimit] = useState(Math.min(units.length, FIRST_BATCH))
  const listRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (limit >= units.length) return
    const grow = () => setLimit((l) => Math.min(units.length, l + BATCH))
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(grow, { timeout: 500 })
      return () => window.cancelIdleCallback(id)
    }
    const id = window.setTimeout(grow, 16)
    return () => window.clearTimeout(id)
  }, [limit, units.length])

  useEffect(() => {
    if (focus && focus.index >= limit) setLimit(Math.min(units.length, focus.index + BATCH))
  }, [focus, limit, units.length])

  // Scroll once per jump (not again when later batches render, which would yank the reader back).
  const handled = useRef(0)
  useLayoutEffect(() => {
    if (!focus || focus.index >= limit || handled.current === focus.seq) return
    handled.current = focus.seq
    const unit = units[focus.index]
    const scroll = () => {
      const el = unit ? document.getElementById(unitDomId(unit.id)) : null
      const target = (el?.querySelector('.hit-current') as HTMLElement | null) ?? el
      target?.scrollIntoView?.({ block: 'center' })
    }
    scroll()
    // Chunks that come on screen replace their estimated height with the real one and can shift
    // the target; settle with a second scroll once the browser has rendered them.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(scroll)
    })
    return () => cancelAnimationFrame(frame)
  }, [focus, limit, units])

  const hitsByUnit = useMemo(() => {
    const m = new Map<number, UnitHit[]>()
    hits.forEach((h, n) => {
      if (h.end <= h.start) return
      const list = m.get(h.unit) ?? []
      list.push({ start: h.start, end: h.end, n })
      m.set(h.unit, list)
    })
    return m
  }, [hits])

  const currentUnit = hits[currentHit]?.unit ?? -1
  const chunks: number[] = []
  for (let start = 0; start < limit; start += CHUNK) chunks.push(start)
  return (
    <div className="draft-text" ref={listRef} data-testid="draft-units" aria-busy={limit < units.length}>
      {chunks.map((start) => (
        // Chunks let the browser skip style and layout of whole off-screen stretches (content-visibility).
        <div className="unit-chunk" key={start}>
          {units.slice(start, Math.min(limit, start + CHUNK)).map((u, k) => {
            const i = start + k
            return (
              <UnitBlock
                key={u.id}
                unit={u}
                text={texts[i] ?? u.text}
                depth={depths.get(u.id) ?? 0}
                hits={hitsByUnit.get(i)}
                current={i === currentUnit ? currentHit : -1}
              />
            )
          })}
        </div>
      ))}
    </div>
  )
}
