/**
 * A cached, incrementally updated view of a room's findings (scalar fields only).
 *
 * Typing in a rationale changes the findings map deeply on every keystroke; with 1,000 findings the
 * list and the decorations must not be rebuilt for that. So this store re-reads only the findings whose
 * scalar fields changed, ignores edits inside `rationale`/`proposal`, and tells listeners which ids changed.
 */
import * as Y from 'yjs'
import { findingsMap } from '../../shared/collab/roomDoc'
import type { Finding } from '../../shared/domain/finding'

/** A finding without its rich-text fields (read those from the fragments when needed). */
export type FindingSummary = Omit<Finding, 'rationale' | 'proposal'>

/** Ids whose summary changed (`removed`: deleted or soft-deleted). */
export type FindingsChange = { changed: string[]; removed: string[]; reset: boolean }

const RICH_FIELDS = new Set(['rationale', 'proposal'])

/** Read the scalar fields of one finding map; null for a soft-deleted or malformed finding. */
export function readFindingSummary(map: Y.Map<unknown>): FindingSummary | null {
  if (map.get('deleted')) return null
  const id = map.get('id')
  const unitId = map.get('unitId')
  if (typeof id !== 'string' || typeof unitId !== 'string') return null
  const factorIds = map.get('factorIds')
  return {
    id,
    groupId: String(map.get('groupId') ?? ''),
    unitId,
    unitLabel: String(map.get('unitLabel') ?? ''),
    start: Number(map.get('start') ?? 0),
    end: Number(map.get('end') ?? 0),
    quote: String(map.get('quote') ?? ''),
    factorIds: Array.isArray(factorIds) ? (factorIds as string[]) : [],
    risk: (map.get('risk') as FindingSummary['risk']) ?? 'medium',
    status: (map.get('status') as FindingSummary['status']) ?? 'open',
    proposalKind: map.get('proposalKind') as FindingSummary['proposalKind'],
    resolved: map.get('resolved') === true,
    author: (map.get('author') as FindingSummary['author']) ?? { id: '', name: '' },
    createdAt: String(map.get('createdAt') ?? ''),
  }
}

/** Live findings of one room doc; call `destroy()` when done. */
export class FindingsStore {
  private readonly map: Y.Map<Y.Map<unknown>>
  private readonly byId = new Map<string, FindingSummary>()
  private list: FindingSummary[] = []
  private readonly listeners = new Set<(change: FindingsChange) => void>()
  private attached = false

  constructor(doc: Y.Doc) {
    this.map = findingsMap(doc)
    this.reloadAll()
    this.attach()
  }

  /** Start following the doc (again, e.g. after a StrictMode cleanup); re-reads everything. */
  attach(): void {
    if (this.attached) return
    this.attached = true
    this.map.observeDeep(this.onEvents)
    const before = this.list
    this.reloadAll()
    if (before.length || this.list.length)
      for (const l of this.listeners) l({ changed: [], removed: [], reset: true })
  }

  /** Stop following the doc; listeners stay registered. */
  detach(): void {
    if (!this.attached) return
    this.attached = false
    this.map.unobserveDeep(this.onEvents)
  }

  /** All live findings (a new array only after a change, so it works as a React snapshot). */
  getAll = (): FindingSummary[] => this.list

  /** One finding's summary. */
  get(id: string): FindingSummary | undefined {
    return this.byId.get(id)
  }

  /** The Y.Map of a finding, for its rich-text fragments. */
  getMap(id: string): Y.Map<unknown> | undefined {
    return this.map.get(id)
  }

  /** Listen to changes; returns the unsubscribe function. */
  subscribe = (listener: (change: FindingsChange) => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stop following the doc and drop every listener. */
  destroy(): void {
    this.detach()
    this.listeners.clear()
  }

  private reloadAll(): void {
    this.byId.clear()
    this.map.forEach((m, id) => {
      const s = m instanceof Y.Map ? readFindingSummary(m) : null
      if (s) this.byId.set(id, s)
    })
    this.list = [...this.byId.values()]
  }

  // biome-ignore lint/suspicious/noExplicitAny: observeDeep's own signature
  private readonly onEvents = (events: Array<Y.YEvent<any>>): void => {
    const touched = new Set<string>()
    for (const e of events) {
      if (e.target === this.map) {
        for (const key of (e as Y.YMapEvent<unknown>).keysChanged) touched.add(key)
        continue
      }
      const [id, field] = e.path as [string, string | undefined]
      // Edits inside rationale/proposal fragments don't change the summary.
      if (field !== undefined && RICH_FIELDS.has(field)) continue
      if (typeof id === 'string') touched.add(id)
    }
    if (touched.size === 0) return
    const changed: string[] = []
    const removed: string[] = []
    for (const id of touched) {
      const m = this.map.get(id)
      const s = m instanceof Y.Map ? readFindingSummary(m) : null
      if (s) {
        this.byId.set(id, s)
        changed.push(id)
      } else if (this.byId.delete(id)) removed.push(id)
    }
    if (changed.length === 0 && removed.length === 0) return
    this.list = [...this.byId.values()]
    const change = { changed, removed, reset: false }
    for (const l of this.listeners) l(change)
  }
}
