/**
 * `npm run data:copy -- <from> <to>`: copy everything between a files DATA_DIR and a PostgreSQL URL
 * (either direction) through the same stores the server uses. The target must hold no data yet;
 * the copy is checked by reading every room back from the target.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type pg from 'pg'
import { type MetaStore, openMetaStore } from './metaStore.js'
import type { MetaData } from './metaTypes.js'
import { openPgMetaStore } from './pg/metaStore.js'
import { openPgPool } from './pg/pool.js'
import { PgRoomStore } from './pg/roomStore.js'
import { FileRoomStore, type RoomStore } from './roomFiles.js'

/** One side of a copy. */
type Side = {
  label: string
  meta: MetaStore
  rooms: RoomStore
  listRooms(): Promise<string[]>
  listVersions(): Promise<string[]>
  /** Whether anything is stored here already. */
  holdsData(): Promise<boolean>
  close(): Promise<void>
}

/** Reports progress: `done` of `total` items of a `stage`. */
export type Progress = (stage: string, done: number, total: number) => void

const isPgUrl = (s: string) => /^postgres(ql)?:\/\//.test(s)

async function namesIn(dir: string, suffix: string): Promise<string[]> {
  if (!existsSync(dir)) return []
  return (await readdir(dir)).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length))
}

function hasRows(data: MetaData): boolean {
  return Object.values(data).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null))
}

async function openFiles(dir: string, create: boolean): Promise<Side> {
  if (!create && !existsSync(join(dir, 'meta.json')))
    throw new Error(`${dir} is not a Shaffof data folder (no meta.json).`)
  // Look before lowdb creates anything, so an empty target stays recognisably empty.
  const metaBefore = existsSync(join(dir, 'meta.json'))
    ? (JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as MetaData)
    : null
  const meta = await openMetaStore(dir)
  const roomsDir = join(dir, 'rooms')
  return {
    label: dir,
    meta,
    rooms: new FileRoomStore(roomsDir),
    listRooms: () => namesIn(roomsDir, '.ybin'),
    listVersions: () => namesIn(join(dir, 'versions'), '.json'),
    holdsData: async () =>
      (metaBefore !== null && hasRows(metaBefore)) ||
      (await namesIn(roomsDir, '.ybin')).length > 0 ||
      (await namesIn(join(dir, 'versions'), '.json')).length > 0,
    close: async () => meta.flush(),
  }
}

async function openPg(url: string): Promise<Side> {
  const pool: pg.Pool = await openPgPool(url)
  const meta = await openPgMetaStore(pool)
  const list = async (sql: string) => (await pool.query<{ name: string }>(sql)).rows.map((r) => r.name)
  return {
    label: url.replace(/\/\/[^@/]*@/, '//…@'),
    meta,
    rooms: new PgRoomStore(pool),
    listRooms: () =>
      list('SELECT room AS name FROM room_snapshots UNION SELECT room FROM room_updates ORDER BY 1'),
    listVersions: () => list('SELECT id AS name FROM version_units ORDER BY 1'),
    holdsData: async () =>
      (
        await pool.query<{ any: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM meta_rows WHERE NOT deleted)
               OR EXISTS (SELECT 1 FROM room_snapshots) OR EXISTS (SELECT 1 FROM room_updates)
               OR EXISTS (SELECT 1 FROM version_units) AS any`,
        )
      ).rows[0]?.any === true,
    close: () => pool.end(),
  }
}

const openSide = (where: string, isTarget: boolean) =>
  isPgUrl(where) ? openPg(where) : openFiles(where, isTarget)

/** What was copied. */
export type CopySummary = { collections: Record<string, number>; versions: number; rooms: number }

/** Copy all data from `from` to `to` (a folder or a postgres:// URL); throws if the target holds data. */
export async function copyData(
  from: string,
  to: string,
  progress: Progress = () => undefined,
): Promise<CopySummary> {
  if (from === to) throw new Error('Source and target are the same.')
  const source = await openSide(from, false)
  let target: Side | null = null
  try {
    target = await openSide(to, true)
    if (await target.holdsData())
      throw new Error(`The target ${target.label} already holds data; copy only into an empty one.`)
    const data = structuredClone(source.meta.data)
    const collections = Object.fromEntries(
      Object.entries(data).map(([k, v]) => [k, Array.isArray(v) ? v.length : 1]),
    )
    progress('metadata', 0, 1)
    await target.meta.update((d) => {
      Object.assign(d, data)
    })
    progress('metadata', 1, 1)
    const versions = await source.listVersions()
    for (const [i, id] of versions.entries()) {
      const units = await source.meta.units.read(id)
      if (units) await target.meta.units.write(id, units)
      progress('draft versions', i + 1, versions.length)
    }
    const rooms = await source.listRooms()
    for (const [i, room] of rooms.entries()) {
      const state = await source.rooms.fetch(room)
      if (state) {
        await target.rooms.store(room, state)
        const back = await target.rooms.fetch(room)
        if (!back) throw new Error(`Room ${room} did not read back from the target.`)
      }
      progress('rooms', i + 1, rooms.length)
    }
    return { collections, versions: versions.length, rooms: rooms.length }
  } finally {
    await target?.close()
    await source.close()
  }
}
