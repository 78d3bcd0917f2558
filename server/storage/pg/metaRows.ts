/**
 * Mapping between the in-memory `MetaData` and rows `(coll, key, doc)`, generic over its collections:
 * every array field is a collection of rows keyed by `id` (or by the override below); any other field
 * is one row with key `_`. A collection added to `MetaData` needs nothing here unless its rows have
 * no `id` field (then add one key function to `KEY_OVERRIDES`).
 */
import { createHash } from 'node:crypto'
import type { MetaData } from '../metaTypes.js'

type AnyRow = Record<string, unknown>

/** Rows whose identity is not an `id` field. */
const KEY_OVERRIDES: Partial<Record<keyof MetaData, (row: AnyRow) => string>> = {
  sessions: (s) => String(s.tokenHash),
  rooms: (r) => String(r.name),
  packs: (p) => `${String(p.id)}@${String(p.version)}`,
}

/** Key of a non-array field's single row. */
export const SINGLE_KEY = '_'

/** The key of one row of `coll`. Rows with no id are content-addressed (a change = delete + insert). */
export function rowKey(coll: string, row: unknown): string {
  const override = KEY_OVERRIDES[coll as keyof MetaData]
  if (override) return override(row as AnyRow)
  const id = (row as AnyRow | null)?.id
  if (typeof id === 'string' || typeof id === 'number') return String(id)
  return `h:${createHash('sha1').update(JSON.stringify(row)).digest('hex')}`
}

/** The committed JSON of every row, per collection, in array order. */
export type RowSnapshot = Map<string, Map<string, string>>

/** One row to write: `json` null means a tombstone. */
export type RowChange = { coll: string; key: string; json: string | null }

/** JSON of each row of one collection's value. */
function collectionRows(coll: string, value: unknown): Map<string, string> {
  const rows = new Map<string, string>()
  if (Array.isArray(value)) for (const row of value) rows.set(rowKey(coll, row), JSON.stringify(row))
  else if (value !== undefined) rows.set(SINGLE_KEY, JSON.stringify(value))
  return rows
}

/** JSON of each row of `data`, per collection. */
export function snapshotRows(data: MetaData): RowSnapshot {
  const snap: RowSnapshot = new Map()
  for (const [coll, value] of Object.entries(data)) snap.set(coll, collectionRows(coll, value))
  return snap
}

/**
 * `base` with only the collections in `touched` serialised again from `data` (the others are shared
 * with `base`): an update re-serialises the collections it used, not every row of every collection.
 */
export function resnapshot(base: RowSnapshot, data: MetaData, touched: ReadonlySet<string>): RowSnapshot {
  const snap: RowSnapshot = new Map(base)
  const target = data as unknown as Record<string, unknown>
  for (const coll of touched) {
    if (coll in target) snap.set(coll, collectionRows(coll, target[coll]))
    else snap.delete(coll)
  }
  return snap
}

/** Bring `snap` up to date with rows applied from the database (only those rows are serialised). */
export function snapshotApplied(snap: RowSnapshot, data: MetaData, rows: readonly StoredRow[]): void {
  const target = data as unknown as Record<string, unknown>
  for (const coll of new Set(rows.map((r) => r.coll))) {
    const value = target[coll]
    if (!Array.isArray(value)) {
      snap.set(coll, collectionRows(coll, value))
      continue
    }
    const keys = new Set(rows.filter((r) => r.coll === coll).map((r) => r.key))
    const rebuilt = new Map<string, string>()
    for (const row of value) {
      const key = rowKey(coll, row)
      const old = snap.get(coll)?.get(key)
      rebuilt.set(key, old !== undefined && !keys.has(key) ? old : JSON.stringify(row))
    }
    snap.set(coll, rebuilt)
  }
}

/** The rows that differ between the last committed snapshot and `next`. */
export function diffRows(before: RowSnapshot, next: RowSnapshot): RowChange[] {
  const changes: RowChange[] = []
  for (const [coll, rows] of next) {
    const old = before.get(coll) ?? new Map<string, string>()
    if (old === rows) continue // not touched by the update
    for (const [key, json] of rows) if (old.get(key) !== json) changes.push({ coll, key, json })
    for (const key of old.keys()) if (!rows.has(key)) changes.push({ coll, key, json: null })
  }
  for (const [coll, rows] of before) {
    if (next.has(coll)) continue
    for (const key of rows.keys()) changes.push({ coll, key, json: null })
  }
  return changes
}

/** Rebuild `data` from a snapshot (revert an update that could not be committed); only `colls` if given. */
export function restoreFromSnapshot(
  data: MetaData,
  snap: RowSnapshot,
  empty: MetaData,
  colls?: ReadonlySet<string>,
): void {
  const target = data as unknown as Record<string, unknown>
  for (const key of Object.keys(target)) if (!snap.has(key) && (!colls || colls.has(key))) delete target[key]
  for (const [coll, rows] of snap) {
    if (colls && !colls.has(coll)) continue
    const parsed = [...rows.values()].map((j) => JSON.parse(j) as unknown)
    target[coll] =
      Array.isArray((empty as unknown as Record<string, unknown>)[coll]) ||
      rows.size !== 1 ||
      !rows.has(SINGLE_KEY)
        ? parsed
        : parsed[0]
  }
}

/** A row read from the database. */
export type StoredRow = { coll: string; key: string; doc: unknown; deleted: boolean }

/** Apply rows another instance wrote to `data` in place (updates replace, new rows append, tombstones remove). */
export function applyRows(data: MetaData, rows: readonly StoredRow[], empty: MetaData): void {
  const target = data as unknown as Record<string, unknown>
  const emptyShape = empty as unknown as Record<string, unknown>
  for (const row of rows) {
    const isArray = Array.isArray(emptyShape[row.coll]) || row.key !== SINGLE_KEY
    if (!isArray) {
      if (row.deleted) delete target[row.coll]
      else target[row.coll] = row.doc
      continue
    }
    let list = target[row.coll] as unknown[] | undefined
    if (!Array.isArray(list)) {
      list = []
      target[row.coll] = list
    }
    const at = list.findIndex((r) => rowKey(row.coll, r) === row.key)
    if (row.deleted) {
      if (at >= 0) list.splice(at, 1)
    } else if (at >= 0) list[at] = row.doc
    else list.push(row.doc)
  }
}

/**
 * `data` as the update function sees it: any collection it reads or writes is recorded in `touched`,
 * and only those are serialised again and compared (every change goes through a collection of `d`).
 */
export function tracking(data: MetaData, touched: Set<string>): MetaData {
  /** Each trap records the collection, then does what the object itself would. */
  const noting =
    <A extends unknown[], R>(op: (target: MetaData, key: string | symbol, ...rest: A) => R) =>
    (target: MetaData, key: string | symbol, ...rest: A): R => {
      if (typeof key === 'string') touched.add(key)
      return op(target, key, ...rest)
    }
  return new Proxy(data, {
    get: noting((t, k) => Reflect.get(t, k)),
    set: noting((t, k, v: unknown) => Reflect.set(t, k, v)),
    deleteProperty: noting((t, k) => Reflect.deleteProperty(t, k)),
    defineProperty: noting((t, k, d: PropertyDescriptor) => Reflect.defineProperty(t, k, d)),
  })
}

/** Tests: the changes found from the touched collections must be every change there is. */
export function assertTracked(tracked: RowChange[], all: RowChange[]): void {
  const id = (c: RowChange) => `${c.coll}/${c.key}`
  const seen = new Set(tracked.map(id))
  const missed = all.filter((c) => !seen.has(id(c)))
  if (missed.length || tracked.length !== all.length)
    throw new Error(
      `a metadata update changed rows outside the collections it used: ${missed.map(id).join(', ')}`,
    )
}
