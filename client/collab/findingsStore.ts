/**
 * A cached, incrementally updated view of a room's findings (scalar fields only).
 *
 * Typing in a rationale changes the findings map deeply on every keystroke; with 1,000 findings the
 * list and the decorations must not be rebuilt for that. So this store re-reads only the findings whose
 * scalar fields changed, ignores edits inside `rationale`/`proposal`, and tells listeners which ids changed.
 */
import * as Y from 'yjs'
import {
  decodeFindingSummary,
  FINDING_RICH_FIELDS,
  type FindingSummary,
  findingsMap,
  isDeletedFinding,
  reportUndecodable,
} from '../../shared/collab/roomDoc'

export type { FindingSummary }

/** Ids whose summary changed (`removed`: deleted or soft-deleted). */
export type FindingsChange = { changed: string[]; removed: string[]; reset: boolean }

const RICH_FIELDS = new Set<string>(FINDING_RICH_FIELDS)

/** Live findings of one room doc; call `destroy()` when done. */
export class FindingsStore {
  private readonly map: Y.Map<Y.Map<unknown>>
  private readonly byId = new Map<string, FindingSummary>()
  private list: FindingSummary[] = []
  private readonly listeners = new Set<(change: FindingsChange) => void>()
  private attached = false

  /** `groupId`: the room's group, which every finding of the room belongs to whatever it says. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly groupId?: string,
  ) {
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
    const value: unknown = this.map.get(id)
    return value instanceof Y.Map ? value : undefined
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

  /** The decoded summary of one entry; null when deleted or not valid (reported once per room). */
  private read(id: string): FindingSummary | null {
    const value = this.map.get(id)
    if (value === undefined || isDeletedFinding(value)) return null
    const s = decodeFindingSummary(id, value, this.groupId)
    if (!s) reportUndecodable(this.doc, 'finding', [id])
    return s
  }

  private reloadAll(): void {
    this.byId.clear()
    this.map.forEach((_, id) => {
      const s = this.read(id)
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
      const s = this.read(id)
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
