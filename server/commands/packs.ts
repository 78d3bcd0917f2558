/**
 * Methodology packs: the built-in ones plus imported versions. A review records the pack id and
 * version it was created with, and that exact version is kept in the store, so later imports never
 * change an existing review's factors.
 */
import {
  builtinPacks,
  DEFAULT_METHODOLOGY_ID,
  type Methodology,
  validatePack,
} from '../../shared/methodology/index.js'
import { AppError, conflict, notFound } from '../errors.js'
import type { MetaStore } from '../storage/metaStore.js'
import { findStoredPack, listStoredPacks, storePack } from '../storage/packs.js'

export { DEFAULT_METHODOLOGY_ID }

/** Compare semantic versions numerically (prerelease tags sort by string). */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true })
}

/** Every available pack version: built-in and imported. */
function allPackVersions(meta: MetaStore): Methodology[] {
  const out = [...builtinPacks()]
  for (const rec of listStoredPacks(meta)) {
    if (!out.some((p) => p.id === rec.id && p.version === rec.version)) out.push(rec.pack as Methodology)
  }
  return out
}

/** The newest version of each pack id, sorted by id. */
export function latestPacks(meta: MetaStore): Methodology[] {
  const byId = new Map<string, Methodology>()
  for (const p of allPackVersions(meta)) {
    const cur = byId.get(p.id)
    if (!cur || compareVersions(p.version, cur.version) > 0) byId.set(p.id, p)
  }
  return [...byId.values()].sort((a, b) =>
    a.id === DEFAULT_METHODOLOGY_ID ? -1 : b.id === DEFAULT_METHODOLOGY_ID ? 1 : a.id.localeCompare(b.id),
  )
}

/** The newest version of a pack id; 404 when unknown. */
export function latestPack(meta: MetaStore, id: string): Methodology {
  const pack = latestPacks(meta).find((p) => p.id === id)
  if (!pack) throw notFound(`Methodology “${id}”`)
  return pack
}

/** One exact pack version (what a review uses). */
export function packVersion(meta: MetaStore, id: string, version: string): Methodology {
  const stored = findStoredPack(meta, id, version)
  if (stored) return stored.pack as Methodology
  const builtin = builtinPacks().find((p) => p.id === id && p.version === version)
  if (!builtin) throw new AppError(404, 'not_found', `Methodology “${id}” version ${version} was not found.`)
  return builtin
}

/** Keep a copy of the pack version a review is created with. */
export async function pinPack(meta: MetaStore, pack: Methodology, now: Date): Promise<void> {
  if (findStoredPack(meta, pack.id, pack.version)) return
  await storePack(meta, {
    id: pack.id,
    version: pack.version,
    importedAt: now.toISOString(),
    pack,
    builtin: true,
  })
}

/** Validate and import a pack; 400 with every field error, 409 when that id+version exists. */
export async function importPack(meta: MetaStore, json: unknown, now: Date): Promise<Methodology> {
  const result = validatePack(json)
  if (!result.ok) throw new AppError(400, 'invalid_pack', 'The methodology pack is invalid.', result.errors)
  const pack = result.pack
  if (allPackVersions(meta).some((p) => p.id === pack.id && p.version === pack.version)) {
    throw conflict(
      `Methodology “${pack.id}” version ${pack.version} already exists; raise the version.`,
      'pack_exists',
    )
  }
  await storePack(meta, {
    id: pack.id,
    version: pack.version,
    importedAt: now.toISOString(),
    pack,
    builtin: false,
  })
  return pack
}
