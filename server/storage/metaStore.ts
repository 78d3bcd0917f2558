/**
 * The metadata store: lowdb over `<DATA_DIR>/meta.json` (new Low + JSONFile, not JSONFilePreset,
 * which silently switches to memory under NODE_ENV=test), plus the version-units files.
 * Mutations are synchronous on `data` followed by one write, so no request sees a half update.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, Memory } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { unavailable } from '../domainErrors.js'
import { emptyMeta, type MetaData } from './metaTypes.js'
import { fileVersionUnits, memoryVersionUnits, type VersionUnitsStore } from './versionUnits.js'

/** Narrow access to metadata; repositories in this folder are the only writers. */
export type MetaStore = {
  /** The live data; read freely, change only inside `update`. */
  readonly data: MetaData
  /** Apply `fn` to the data and persist; a failed write keeps the change in memory and answers 503. */
  update<T>(fn: (data: MetaData) => T): Promise<T>
  /** Persist whatever is in memory (shutdown). */
  flush(): Promise<void>
  /** Units of each draft version. */
  readonly units: VersionUnitsStore
  /** Catch up on changes other instances committed (PostgreSQL store); absent for files. */
  refresh?(): Promise<void>
}

function wrap(db: Low<MetaData>, units: VersionUnitsStore): MetaStore {
  // Older files may lack collections added later; fill them so repositories can rely on them.
  db.data = { ...emptyMeta(), ...db.data }
  return {
    get data() {
      return db.data
    },
    async update(fn) {
      const result = fn(db.data)
      try {
        await db.write()
      } catch (err) {
        throw unavailable(`Could not save changes: ${(err as Error).message}`)
      }
      return result
    },
    async flush() {
      await db.write()
    },
    units,
  }
}

/** Open (or create) the store under `dataDir`. */
export async function openMetaStore(dataDir: string): Promise<MetaStore> {
  await mkdir(dataDir, { recursive: true })
  const db = new Low<MetaData>(new JSONFile<MetaData>(join(dataDir, 'meta.json')), emptyMeta())
  await db.read()
  return wrap(db, fileVersionUnits(join(dataDir, 'versions')))
}

/** The in-memory twin for tests. */
export async function memoryMetaStore(): Promise<MetaStore> {
  const db = new Low<MetaData>(new Memory<MetaData>(), emptyMeta())
  await db.read()
  return wrap(db, memoryVersionUnits())
}
