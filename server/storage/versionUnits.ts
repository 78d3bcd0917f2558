/**
 * Each draft version's units in their own JSON file (`<DATA_DIR>/versions/<id>.json`), written once
 * and atomically, so a 2 MB act never bloats meta.json. A small cache keeps hot versions parsed.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Unit } from '../../shared/domain/draft.js'

/** Where version units live. */
export type VersionUnitsStore = {
  write(versionId: string, units: Unit[]): Promise<void>
  read(versionId: string): Promise<Unit[] | null>
  remove(versionId: string): Promise<void>
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/
const CACHE_SIZE = 8

/** A small LRU of parsed versions (shared by the files and PostgreSQL stores). */
export function unitsCache(size = CACHE_SIZE) {
  const cache = new Map<string, Unit[]>()
  const remember = (id: string, units: Unit[]) => {
    cache.delete(id)
    cache.set(id, units)
    while (cache.size > size) cache.delete(cache.keys().next().value as string)
  }
  return {
    remember,
    /** The cached units (marked as recently used), or undefined. */
    hit(id: string): Unit[] | undefined {
      const units = cache.get(id)
      if (units) remember(id, units)
      return units
    },
    forget: (id: string) => cache.delete(id),
  }
}

/** Units as files under `dir`, with an LRU of parsed versions. */
export function fileVersionUnits(dir: string): VersionUnitsStore {
  const cache = unitsCache()
  const remember = cache.remember
  const pathOf = (id: string) => {
    // Ids are ours, but a path is built from them: refuse anything that could escape the folder.
    if (!SAFE_ID.test(id)) throw new Error(`unsafe version id ${id}`)
    return join(dir, `${id}.json`)
  }
  return {
    async write(id, units) {
      await mkdir(dir, { recursive: true })
      const target = pathOf(id)
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`
      await writeFile(tmp, JSON.stringify(units))
      await rename(tmp, target)
      remember(id, units)
    },
    async read(id) {
      const hit = cache.hit(id)
      if (hit) return hit
      try {
        const units = JSON.parse(await readFile(pathOf(id), 'utf8')) as Unit[]
        remember(id, units)
        return units
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    },
    async remove(id) {
      cache.forget(id)
      await rm(pathOf(id), { force: true })
    },
  }
}

/** The in-memory twin for tests. */
export function memoryVersionUnits(): VersionUnitsStore {
  const map = new Map<string, Unit[]>()
  return {
    async write(id, units) {
      map.set(id, units)
    },
    async read(id) {
      return map.get(id) ?? null
    },
    async remove(id) {
      map.delete(id)
    },
  }
}
