/** Repository functions for stored methodology pack versions. */
import type { MetaStore } from './metaStore.js'
import type { PackRecord } from './metaTypes.js'

/** Every stored pack version. */
export function listStoredPacks(store: MetaStore): PackRecord[] {
  return store.data.packs
}

/** One stored pack version. */
export function findStoredPack(store: MetaStore, id: string, version: string): PackRecord | undefined {
  return store.data.packs.find((p) => p.id === id && p.version === version)
}

/** Keep a pack version (idempotent for the same id+version). */
export function storePack(store: MetaStore, record: PackRecord): Promise<PackRecord> {
  return store.update((d) => {
    const existing = d.packs.find((p) => p.id === record.id && p.version === record.version)
    if (existing) return existing
    d.packs.push(record)
    return record
  })
}
